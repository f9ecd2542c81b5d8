"""The console's token, session and CSRF checks (services.web.auth) and its address."""

from __future__ import annotations

import pytest

from services.core.errors import ConfigError
from services.web.auth import Guard, new_nonce
from services.web.server import console_url, parse_address

TOKEN = "s3cret-token"


@pytest.mark.parametrize(
    ("presented", "ok"),
    [(TOKEN, True), ("s3cret-toke", False), (TOKEN + "x", False), ("", False), (None, False)],
)
def test_token_must_match_exactly(presented, ok):
    assert Guard(TOKEN).token_ok(presented) is ok


@pytest.mark.parametrize(
    ("header", "ok"),
    [
        (f"Bearer {TOKEN}", True),
        (f"bearer {TOKEN}", True),
        (TOKEN, False),
        (f"Basic {TOKEN}", False),
        ("Bearer", False),
        (None, False),
    ],
)
def test_bearer_header(header, ok):
    assert Guard(TOKEN).bearer_ok(header) is ok


def test_without_a_token_nothing_is_allowed():
    guard = Guard(None)
    nonce = new_nonce()
    assert not guard.enabled
    assert not guard.token_ok("")
    assert not guard.signed_in(nonce, guard.auth_mark(nonce))
    assert not guard.csrf_ok(nonce, guard.csrf_token(nonce))


def test_csrf_token_is_bound_to_the_session():
    guard, one, two = Guard(TOKEN), new_nonce(), new_nonce()
    assert guard.csrf_ok(one, guard.csrf_token(one))
    assert not guard.csrf_ok(two, guard.csrf_token(one))


def test_sign_in_mark_is_not_the_csrf_token():
    guard, nonce = Guard(TOKEN), new_nonce()
    assert not guard.signed_in(nonce, guard.csrf_token(nonce))


def test_a_new_token_signs_everyone_out():
    nonce = new_nonce()
    assert not Guard("other").signed_in(nonce, Guard(TOKEN).auth_mark(nonce))


@pytest.mark.parametrize("nonce", ["short", "x" * 43 + "<", "", None])
def test_forged_session_nonce_is_refused(nonce):
    guard = Guard(TOKEN)
    assert not guard.csrf_ok(nonce, guard.csrf_token(nonce or "x"))


@pytest.mark.parametrize(
    ("address", "parsed", "url"),
    [
        ("127.0.0.1:8080", ("127.0.0.1", 8080), "http://127.0.0.1:8080/"),
        ("0.0.0.0:9000", ("0.0.0.0", 9000), "http://127.0.0.1:9000/"),
        ("[::1]:8080", ("::1", 8080), "http://[::1]:8080/"),
        ("localhost:1", ("localhost", 1), "http://localhost:1/"),
    ],
)
def test_address(address, parsed, url):
    assert parse_address(address) == parsed
    assert console_url(address) == url


@pytest.mark.parametrize("address", ["8080", ":8080", "host:", "host:99999", "host:x"])
def test_bad_address_is_a_config_error(address):
    with pytest.raises(ConfigError):
        parse_address(address)
