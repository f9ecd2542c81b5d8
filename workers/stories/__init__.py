"""Stories, not copies: group an article with the earlier article it copies.

News travels as copies: one agency text re-wrapped by ten sites, retitled, trimmed, lightly
edited. Each article gets a ``story_id``: its own id when it is new, or the story of the
earlier article it copies. Rules then alert once per story, and later alerts say where else
the story ran.

* :mod:`fingerprint`: exact digests (canonical URL, normalised text) and a MinHash signature
  over 4-word shingles of the cleaned body, with its LSH bands (:mod:`minhash`). Pure.
* :mod:`assign`: one atomic Redis script call per batch finds each article's story (exact
  identity first, then band candidates verified on their signatures) and registers it.
* :mod:`records`: the per-story record `newswatch stories` lists.
* :mod:`config`: thresholds and the window (NEWSWATCH_STORY_*).

Independently written reports of one event share names and a quote, not their sentences:
they stay separate stories.
"""

from workers.stories.assign import StoryAssignment, assign_stories
from workers.stories.config import StoryConfig
from workers.stories.fingerprint import Fingerprint, fingerprint
from workers.stories.records import StoryRecord, recent_stories, record_alerted_rules

__all__ = [
    "Fingerprint",
    "StoryAssignment",
    "StoryConfig",
    "StoryRecord",
    "assign_stories",
    "fingerprint",
    "recent_stories",
    "record_alerted_rules",
]
