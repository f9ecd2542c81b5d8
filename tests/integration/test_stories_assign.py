"""Story assignment against a real Valkey: who joins which story, updates, windows, memory."""

from __future__ import annotations

import threading
import time

import pytest
import redis as redis_lib

from services.core import keys
from tests.conftest import SEEDS
from workers.cleaning import clean_text_drop
from workers.stories import (
    StoryAssignment,
    StoryConfig,
    assign_stories,
    fingerprint,
    recent_stories,
)

TASS = clean_text_drop((SEEDS / "tass-lavrov-terrorists-migration.txt").read_text("utf-8"))
SANA = clean_text_drop((SEEDS / "sana-lavrov-cairo.txt").read_text("utf-8"))
CONFIG = StoryConfig()


def fp(article_id, body=TASS.body, source="tass.com", title=TASS.title, url=None):
    return fingerprint(article_id, source, title, body, url)


def trimmed(body: str, keep: int) -> str:
    return "\n\n".join(body.split("\n\n")[:keep])


@pytest.mark.parametrize(
    ("second", "joins"),
    [
        (fp("b", url="https://tass.com/a", body="Completely different words here."), True),
        (fp("b", body=TASS.body.upper().replace("\n\n", " "), source="mirror"), True),
        (fp("b", body=trimmed(TASS.body, 3), source="mirror"), True),
        (fp("b", body=TASS.body.replace("Monday", "Tuesday"), source="mirror"), True),
        (fp("b", body=SANA.body, source="sana.sy", title=SANA.title), False),
        (fp("b", body="Too short to compare, and not the same words.", source="x"), False),
    ],
    ids=["same-url", "same-text", "trimmed", "edited", "other-event", "short-other"],
)
def test_a_later_copy_joins_the_earlier_story(redis, second, joins):
    (first,) = assign_stories(redis, [fp("a", url="https://www.tass.com/a/")], CONFIG)
    (later,) = assign_stories(redis, [second], CONFIG)
    assert first.story_id == "a" and not first.joined
    assert (later.story_id == "a", later.joined) == (joins, joins)


def test_copies_in_one_batch_join_the_first(redis):
    found = assign_stories(
        redis, [fp("a"), fp("b", source="m1"), fp("c", source="m2", body=SANA.body)], CONFIG
    )
    assert [s.story_id for s in found] == ["a", "a", "c"]
    assert found[1].other_sources == ("tass.com",)


def test_the_same_article_again_gets_the_same_answer(redis):
    assign_stories(redis, [fp("a"), fp("b", source="mirror")], CONFIG)
    again = assign_stories(redis, [fp("b", source="mirror")], CONFIG)
    assert [(s.story_id, s.joined) for s in again] == [("a", True)]
    assert redis.hget(keys.story("a"), "articles") == b"2"


def race(redis, names: tuple[str, str], round_: int) -> dict[str, StoryAssignment]:
    """Assign one copy per thread, each on its own connection, released together."""
    barrier, found = threading.Barrier(len(names)), {}

    def work(name: str) -> None:
        own = redis_lib.Redis(connection_pool=redis.connection_pool)
        barrier.wait()
        found[name] = assign_stories(own, [fp(f"{name}{round_}", source=name)], CONFIG)[0]

    threads = [threading.Thread(target=work, args=(n,)) for n in names]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return found


def test_two_workers_at_the_same_moment_agree_on_one_story(redis):
    for round_ in range(20):
        found = race(redis, ("x", "y"), round_)
        assert found["x"].story_id == found["y"].story_id
        assert found["x"].joined != found["y"].joined
        redis.flushall()


@pytest.mark.parametrize(
    ("second", "update"),
    [
        (fp("b", source="mirror", body=TASS.body + "\n\n" + SANA.body), True),  # grew
        (fp("b", source="tass.com", title="Lavrov: stop terrorists moving on"), True),
        (fp("b", source="mirror", title="Lavrov: stop terrorists moving on"), False),
        (fp("b", source="mirror", body=TASS.body + " One more sentence."), False),
    ],
    ids=["body-grew", "own-source-retitled", "other-source-retitled", "small-change"],
)
def test_material_updates_raise_the_story_version(redis, second, update):
    assign_stories(redis, [fp("a", body=trimmed(TASS.body, 4))], CONFIG)
    (later,) = assign_stories(redis, [second], CONFIG)
    assert (later.update, later.version) == (update, int(update))


def test_update_growth_is_configurable(redis):
    config = StoryConfig(update_growth=5.0)
    assign_stories(redis, [fp("a", body=trimmed(TASS.body, 4))], config)
    (later,) = assign_stories(redis, [fp("b", body=TASS.body + "\n\n" + SANA.body)], config)
    assert (later.joined, later.update) == (True, False)


def test_after_the_window_a_copy_starts_a_new_story(redis):
    config = StoryConfig(window_days=0.3 / 86400)  # 300 ms
    assign_stories(redis, [fp("a", url="https://tass.com/a")], config)
    time.sleep(0.4)
    (later,) = assign_stories(redis, [fp("b", url="https://tass.com/a")], config)
    assert (later.story_id, later.joined) == ("b", False)
    assert [s.story_id for s in recent_stories(redis, 3600)] == ["b"]


def test_every_story_key_expires_within_the_window(redis):
    config = StoryConfig(window_days=1)
    prints = [fp("a", url="https://tass.com/a"), fp("b", source="m"), fp("c", body=SANA.body)]
    assign_stories(redis, prints, config)
    ttls = {k.decode(): redis.pttl(k) for k in redis.keys("nw:*")}
    assert len(ttls) > 2 * len(prints[0].bands)
    assert all(0 < ttl <= config.window_ms for ttl in ttls.values()), ttls


def test_sources_are_bounded(redis):
    config = StoryConfig(sources_max=3)
    assign_stories(redis, [fp(f"a{i}", source=f"site{i}") for i in range(6)], config)
    assert redis.zcard(keys.story_sources("a0")) == 3
    (story,) = recent_stories(redis, 3600)
    assert (story.sources, story.articles) == (["site0", "site1", "site2"], 6)


def test_cost_does_not_depend_on_how_many_articles_are_stored(redis):
    """Only keys named by the article are read: fill the window with noise, same commands."""

    def calls() -> int:  # every command, also those the script runs
        return sum(int(v["calls"]) for v in redis.info("commandstats").values())

    def commands_for(article_id: str) -> int:
        before = calls()
        assign_stories(redis, [fp(article_id, body=SANA.body, source="sana.sy")], CONFIG)
        return calls() - before

    commands_for("s0")  # loads the script
    redis.flushall()
    empty = commands_for("s1")
    redis.flushall()
    pipe = redis.pipeline(transaction=False)
    for i in range(20_000):
        pipe.set(keys.story_band(f"{i % 16}-{i:08x}"), f"noise{i}", px=60_000)
    pipe.execute()
    assert commands_for("s2") == empty > 20
