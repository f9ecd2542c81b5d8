"""Query lexer: turns query text into tokens carrying their character offsets."""

from __future__ import annotations

import re
from typing import final

from .limits import MAX_DISTANCE
from .nodes import FIELDS, QuerySyntaxError

STOP = frozenset(' \t\r\n()"')
KEYWORDS = {"AND": "AND", "OR": "OR", "NOT": "NOT", "&&": "AND", "||": "OR"}
UNSUPPORTED = {
    "~": "fuzzy terms are not supported; use a wildcard such as roam* or quote a phrase",
    "^": "boosts are not supported; remove the ^ and its number",
    "[": "ranges are not supported; escape the bracket as \\[",
    "]": "ranges are not supported; escape the bracket as \\]",
    "{": "ranges are not supported; escape the brace as \\{",
    "}": "ranges are not supported; escape the brace as \\}",
}
_NEAR_RE = re.compile(r"(O?)NEAR(?:/(.*))?$")
_ALIAS_RE = re.compile(r"@([^\W\d][\w.-]*)")
_DIGITS_RE = re.compile(r"\d+")
# A bare word without escapes, field colons or unsupported characters: the common case,
# taken in one C-level match (anything else goes through _word's loop).
_PLAIN_WORD_RE = re.compile(r'[^ \t\r\n()"\\:~^\[\]{}]+')


@final
class Tok:
    """A lexical token; ``number`` is a NEAR distance or phrase slop, ``cs`` the ``=`` flag.
    (A plain class: compiled, it is built without Python-level code, in about a tenth of a
    named tuple's instructions, and every rule a worker compiles is lexed again.)"""

    def __init__(
        self, kind: str, value: str, offset: int, number: int | None = None, cs: bool = False
    ) -> None:
        self.kind = kind  # ( ) AND OR NOT NEAR ONEAR + - TERM WILD PHRASE FIELD ALIAS EOF
        self.value = value
        self.offset = offset
        self.number = number
        self.cs = cs

    def _fields(self) -> tuple[str, str, int, int | None, bool]:
        return (self.kind, self.value, self.offset, self.number, self.cs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Tok) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        kind, value, offset, number, cs = self._fields()
        return f"Tok({kind!r}, {value!r}, {offset}, {number!r}, {cs!r})"


# One token of the common query (words, phrases, parentheses, separated by spaces), matched
# in one C-level step; anything else (operators written as symbols, escapes, field prefixes,
# other whitespace, errors) makes :func:`lex` take the character-by-character way.
_FAST_TOKEN = re.compile(
    r' *(?:([()])|"([^"\\]*)"(?:~(\d+))?(?=[ ()]|\Z)'
    r'|([^\s()"\\:~^\[\]{}+\-!@=&|][^ \t\r\n()"\\:~^\[\]{}]*)(?=[ ()"]|\Z))'
)


def lex(text: str) -> list[Tok]:
    """All tokens of ``text``, ending with an EOF token."""
    return _lex_quickly(text) or _lex_slowly(text)


def _lex_quickly(text: str) -> list[Tok] | None:
    """The tokens of a query of words, phrases and parentheses only (None: another query)."""
    toks: list[Tok] = []
    end = len(text.rstrip(" "))
    i = 0
    while i < end:
        m = _FAST_TOKEN.match(text, i)
        if m is None:
            return None
        paren, phrase, slop, word = m.groups()
        if word is not None:
            start = m.start(4)
            keyword = _keyword(word, start)
            wild = "*" in word or "?" in word
            toks.append(keyword or Tok("WILD" if wild else "TERM", word, start))
        elif phrase is not None:
            number = None if slop is None else distance(slop, m.start(3) - 1, "phrase slop")
            toks.append(Tok("PHRASE", phrase, m.start(2) - 1, number))
        else:
            toks.append(Tok(paren, paren, m.start(1)))
        i = m.end()
    toks.append(Tok("EOF", "", len(text)))
    return toks


def _lex_slowly(text: str) -> list[Tok]:
    """:func:`lex` for any query, character by character."""
    toks: list[Tok] = []
    i = 0
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        tok, i = _next(text, i)
        toks.append(tok)
    toks.append(Tok("EOF", "", len(text)))
    return toks


def _next(text: str, i: int) -> tuple[Tok, int]:
    """The token starting at ``i`` (not whitespace) and the offset after it."""
    ch = text[i]
    if ch in "()":
        return Tok(ch, ch, i), i + 1
    if text.startswith(("&&", "||"), i):
        return Tok(KEYWORDS[text[i : i + 2]], text[i : i + 2], i), i + 2
    if ch in "+-!":
        if i + 1 >= len(text) or text[i + 1].isspace() or text[i + 1] == ")":
            raise QuerySyntaxError(
                f"'{ch}' must be followed directly by a term",
                i,
                f"write {ch}word, or escape it as \\{ch}",
            )
        return Tok("NOT" if ch == "!" else ch, ch, i), i + 1
    if ch == "@":
        return _alias(text, i)
    if ch == "=":
        if i + 1 >= len(text) or text[i + 1] in STOP - {'"'}:
            raise QuerySyntaxError(
                "'=' must be followed by a word or a phrase",
                i,
                "write =US for a case-sensitive term",
            )
        tok, end = _next(text, i + 1)
        if tok.kind not in ("TERM", "PHRASE"):
            raise QuerySyntaxError(
                "'=' (case-sensitive) applies only to words and phrases",
                i,
                "wildcards and operators cannot be case-sensitive",
            )
        return Tok(tok.kind, tok.value, i, tok.number, cs=True), end
    if ch == '"':
        return _phrase(text, i)
    return _word(text, i)


def _alias(text: str, i: int) -> tuple[Tok, int]:
    m = _ALIAS_RE.match(text, i)
    if m is None:
        raise QuerySyntaxError("'@' must be followed by an alias name", i, "write @lavrov")
    return Tok("ALIAS", m.group(1), i), m.end()


def _phrase(text: str, i: int) -> tuple[Tok, int]:
    """``"..."`` with ``\\"`` escapes, optionally followed by ``~n``."""
    chars: list[str] = []
    j = i + 1
    while j < len(text) and text[j] != '"':
        if text[j] == "\\" and j + 1 < len(text):
            j += 1
        chars.append(text[j])
        j += 1
    if j >= len(text):
        raise QuerySyntaxError("unterminated phrase", i, 'add the closing "')
    j += 1
    slop = None
    if j < len(text) and text[j] == "~":
        m = _DIGITS_RE.match(text, j + 1)
        if m is None:
            raise QuerySyntaxError("expected a number after ~", j, 'write "a b"~5')
        slop, j = distance(m.group(), j, "phrase slop"), m.end()
    return Tok("PHRASE", "".join(chars), i, slop), j


def _word(text: str, i: int) -> tuple[Tok, int]:
    """A bare word: keyword, field prefix (``title:``), wildcard or plain term."""
    plain = _PLAIN_WORD_RE.match(text, i)
    if plain is not None and (plain.end() == len(text) or text[plain.end()] in STOP):
        word, j = plain.group(), plain.end()
        keyword = _keyword(word, i)
        if keyword is not None:
            return keyword, j
        return Tok("WILD" if "*" in word or "?" in word else "TERM", word, i), j
    return _word_slowly(text, i)


def _word_slowly(text: str, i: int) -> tuple[Tok, int]:
    """:func:`_word` character by character: escapes, field prefixes, refused characters."""
    chars: list[str] = []
    wild = escaped_any = False
    j = i
    while j < len(text) and text[j] not in STOP:
        ch = text[j]
        if ch == "\\":
            if j + 1 >= len(text):
                raise QuerySyntaxError("nothing to escape after \\", j, "remove the trailing \\")
            chars.append(text[j + 1])
            escaped_any, j = True, j + 2
            continue
        if ch == ":" and not wild and _is_field_name(chars):
            return _field("".join(chars), i, j)
        if ch in UNSUPPORTED:
            raise QuerySyntaxError(f"unsupported character {ch!r}", j, UNSUPPORTED[ch])
        wild = wild or ch in "*?"
        chars.append(ch)
        j += 1
    word = "".join(chars)
    if not escaped_any:
        keyword = _keyword(word, i)
        if keyword is not None:
            return keyword, j
    return Tok("WILD" if wild else "TERM", word, i), j


def _is_field_name(chars: list[str]) -> bool:
    return bool(chars) and "".join(chars).isalpha()


def _field(name: str, i: int, colon: int) -> tuple[Tok, int]:
    if name not in FIELDS:
        raise QuerySyntaxError(
            f"unknown field '{name}'",
            i,
            f"fields are {', '.join(FIELDS)}; escape a literal colon as \\:",
        )
    return Tok("FIELD", name, i), colon + 1


def _keyword(word: str, i: int) -> Tok | None:
    """AND/OR/NOT/&&/|| and NEAR/n, ONEAR/n (operators are upper case, as in Lucene)."""
    if word in KEYWORDS:
        return Tok(KEYWORDS[word], word, i)
    if not word.startswith(("NEAR", "ONEAR")):
        return None
    m = _NEAR_RE.match(word)
    if m is None:
        return None
    if m.group(2) is None:
        raise QuerySyntaxError(f"{word} needs a distance", i, f"write {word}/5 (within 5 words)")
    digits = m.group(2)
    if not (digits.isascii() and digits.isdigit()):
        raise QuerySyntaxError("NEAR distance must be a whole number", i, "write NEAR/5")
    return Tok("ONEAR" if m.group(1) else "NEAR", word, i, distance(digits, i, "NEAR distance"))


def distance(digits: str, offset: int, what: str) -> int:
    """A NEAR distance or phrase slop, refused above MAX_DISTANCE (read without converting
    thousands of digits: Python refuses ints of more than 4,300 digits)."""
    value = digits.lstrip("0") or "0"
    if len(value) > len(str(MAX_DISTANCE)) or int(value) > MAX_DISTANCE:
        raise QuerySyntaxError(
            f"{what} must be at most {MAX_DISTANCE}",
            offset,
            "words further apart are not related; use AND",
        )
    return int(value)
