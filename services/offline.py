"""Files read offline (`newswatch match`, `rules test`, `clean`) exactly as the live pipeline
reads a drop: the same message (services.poller.drop_files, with the same bounds and the
same source: a JSON drop's own, the inbox subfolder's name, or what the page says), then the
worker's own extraction (workers.extract). A file and its drop give the same article."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from services.core.errors import InputRejected
from services.core.models import ArticleMessage
from services.core.settings import Settings
from services.poller.bounded_json import DEFAULT_MAX_DEPTH
from services.poller.drop_files import read_drop_file
from workers.extract import Article, extract_article
from workers.limits import ArticleLimits
from workers.query import Document

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class FileReading:
    """The bounds and inbox a file is read with (the drop folder's, from the settings)."""

    max_bytes: int = DEFAULT_MAX_BYTES
    max_json_depth: int = DEFAULT_MAX_DEPTH
    inbox: Path | None = None
    limits: ArticleLimits = field(default_factory=ArticleLimits)

    @classmethod
    def from_settings(cls, settings: Settings) -> FileReading:
        return cls(
            max_bytes=settings.max_drop_bytes,
            max_json_depth=settings.max_json_depth,
            inbox=settings.inbox_dir,
            limits=ArticleLimits.from_settings(settings),
        )


def message_from_file(path: Path, reading: FileReading | None = None) -> ArticleMessage:
    """The article message the drop folder would queue for this file."""
    how = reading or FileReading()
    inbox = how.inbox.absolute() if how.inbox is not None else None
    return read_drop_file(path.absolute(), how.max_bytes, how.max_json_depth, inbox)


def article_from_file(path: Path, reading: FileReading | None = None) -> Article:
    """The cleaned article a worker would match for this file (InputRejected, OSError)."""
    how = reading or FileReading()
    return extract_article(message_from_file(path, how), how.limits.cleaning)


def document_from_file(path: Path, reading: FileReading | None = None) -> Document:
    """What rules see of this file: the same title, body, source, language and url."""
    return article_from_file(path, reading).document()


def print_cleaned(paths: Sequence[str], reading: FileReading, *, as_json: bool) -> int:
    """`newswatch clean`: title and body of each file; 1 if any file could not be read."""
    status = 0
    for name in paths:
        try:
            article = article_from_file(Path(name), reading)
        except (InputRejected, OSError) as exc:
            print(f"{name}: {exc}", file=sys.stderr)
            status = 1
            continue
        if as_json:
            record = {
                "path": name,
                "title": article.title,
                "body": article.body,
                "source": article.source,
                "language": article.language,
                "published_at": article.published_at.isoformat() if article.published_at else None,
            }
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(
                f"== {name} [{article.language or '?'}] ({article.source})\n"
                f"# {article.title}\n\n{article.body}\n"
            )
    return status
