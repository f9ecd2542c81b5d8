"""Who may act: the API's bearer token, a browser's signed-in session, and CSRF tokens.

Everything is derived from NEWSWATCH_WEB_TOKEN with HMAC, so nothing is stored server-side:
- every browser gets a random session nonce (cookie `nw_session`);
- signing in with the token sets `nw_auth` = HMAC(token, "auth:" + nonce);
- every form carries HMAC(token, "csrf:" + nonce), checked on POST.
Changing the token signs every browser out. Without a token every action is refused.
All comparisons are constant-time (`hmac.compare_digest`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from services.web.throttle import TokenThrottle

SESSION_COOKIE = "nw_session"
AUTH_COOKIE = "nw_auth"
SESSION_MAX_AGE_SECONDS = 12 * 3600
NONCE_CHARS = 43  # token_urlsafe(32)


def new_nonce() -> str:
    return secrets.token_urlsafe(32)


def valid_nonce(value: str | None) -> bool:
    """A nonce we could have issued (so a forged cookie cannot carry arbitrary text)."""
    return (
        value is not None
        and len(value) == NONCE_CHARS
        and all(c.isalnum() or c in "-_" for c in value)
    )


class Guard:
    """Checks the token and derives the session and CSRF marks from it."""

    def __init__(self, token: str | None) -> None:
        self._key = token.encode() if token else None
        self.throttle = TokenThrottle()  # wrong tokens per client address (see throttle.py)

    @property
    def enabled(self) -> bool:
        """Whether actions are possible at all (a token is configured)."""
        return self._key is not None

    def token_ok(self, presented: str | None) -> bool:
        """The presented token equals the configured one (constant time, any length)."""
        if self._key is None or presented is None:
            return False
        mine = hashlib.sha256(self._key).digest()
        theirs = hashlib.sha256(presented.encode()).digest()
        return hmac.compare_digest(mine, theirs)

    def bearer_ok(self, authorization: str | None) -> bool:
        """`Authorization: Bearer <token>` carries the token."""
        scheme, _, value = (authorization or "").partition(" ")
        return scheme.lower() == "bearer" and self.token_ok(value.strip())

    def auth_mark(self, nonce: str) -> str:
        return self._mac("auth", nonce)

    def csrf_token(self, nonce: str) -> str:
        return self._mac("csrf", nonce)

    def signed_in(self, nonce: str | None, mark: str | None) -> bool:
        return self._matches("auth", nonce, mark)

    def csrf_ok(self, nonce: str | None, presented: str | None) -> bool:
        return self._matches("csrf", nonce, presented)

    def _matches(self, purpose: str, nonce: str | None, presented: str | None) -> bool:
        if self._key is None or not valid_nonce(nonce) or not presented:
            return False
        assert nonce is not None  # checked by valid_nonce
        return hmac.compare_digest(self._mac(purpose, nonce), presented)

    def _mac(self, purpose: str, nonce: str) -> str:
        if self._key is None:
            return ""
        return hmac.new(self._key, f"{purpose}:{nonce}".encode(), hashlib.sha256).hexdigest()
