"""The rule-key cut (names.universe): an article offers the rule index only the name keys some
rule may ask for, with the same matches as offering every key, and the archive keeps all."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from workers.query import Document, RuleIndex, RuleSpec, analyze, parse_query
from workers.query.names import universe
from workers.query.names.forms import term_keys
from workers.query.names.word_tables import WordKeyTables

TEXT = "Встреча Лаврова и Шукри в Каире, сообщил Захарова."


def index_of(*terms: str) -> RuleIndex:
    return RuleIndex.build([RuleSpec(t, parse_query(t), names="variants") for t in terms])


@pytest.fixture
def fresh_keys(monkeypatch: pytest.MonkeyPatch) -> Iterator[universe.RuleKeys]:
    """A process with no rule keys noted yet (term keys remembered meanwhile are forgotten
    after: they were noted here, not in the process's own set)."""
    keys = universe.RuleKeys()
    monkeypatch.setattr(universe, "RULE_KEYS", keys)
    monkeypatch.setattr("workers.query.names.forms.RULE_KEYS", keys)
    monkeypatch.setattr("workers.query.names.document.RULE_KEYS", keys)
    monkeypatch.setattr("workers.query.analysis.RULE_KEYS", keys)
    term_keys.cache_clear()
    yield keys
    term_keys.cache_clear()


def test_an_article_offers_the_index_only_keys_a_rule_may_ask_for(
    fresh_keys: universe.RuleKeys,
) -> None:
    index_of("Lavrov")
    doc = analyze(Document("", TEXT, language="ru"))
    assert fresh_keys.keys is not None
    noted = fresh_keys.keys
    assert doc.name_keys() == {k for k in doc.all_name_keys() if hash(k) in noted}
    assert doc.name_keys() < doc.all_name_keys()


def test_the_archive_filter_keeps_keys_no_rule_asks_for(fresh_keys: universe.RuleKeys) -> None:
    doc = analyze(Document("", TEXT, language="ru"))
    assert doc.name_keys() == set()
    assert doc.all_name_keys()


def test_a_rule_added_after_articles_were_cut_still_finds_its_name(
    fresh_keys: universe.RuleKeys,
) -> None:
    """Word keys cut before a rule existed are dropped once its keys are noted."""
    before = index_of("Shoukry")
    first = analyze(Document("", TEXT, language="ru"))
    assert before.match(first)
    after = index_of("Shoukry", "Lavrov")
    doc = analyze(Document("", TEXT, language="ru"))
    found = after.match(doc)
    assert found == after.match_naive(doc)
    assert [m.rule for m in found] == ["Shoukry", "Lavrov"]


def test_an_article_matched_again_after_new_rules_offers_their_keys(
    fresh_keys: universe.RuleKeys,
) -> None:
    """One analysed article, matched before and after rules bring new keys."""
    doc = analyze(Document("", TEXT, language="ru"))
    assert index_of("Shoukry").match(doc)
    later = index_of("Shoukry", "Lavrov")
    found = later.match(doc)
    assert found == later.match_naive(doc)
    assert [m.rule for m in found] == ["Shoukry", "Lavrov"]


def test_past_its_bound_the_cut_is_off_and_every_key_offered(
    fresh_keys: universe.RuleKeys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(universe, "MAX_RULE_KEYS", 10)
    index = index_of("Lavrov")
    assert fresh_keys.keys is None
    doc = analyze(Document("", TEXT, language="ru"))
    assert doc.name_keys() == doc.all_name_keys()
    assert index.match(doc) == index.match_naive(doc) != []


def test_the_cut_tables_are_bounded(fresh_keys: universe.RuleKeys) -> None:
    """Per language in words and in the number of languages (a language tag is input)."""
    fresh_keys.cuts = WordKeyTables(max_words=3, max_languages=2)
    index = index_of("Lavrov")
    for language in ("ru", "xx-1", "xx-2", "ru"):
        doc = analyze(Document("", TEXT, language=language))
        assert index.match(doc) == index.match_naive(doc)
        tables = fresh_keys.cuts.tables
        assert 0 < len(tables) <= 2
        assert all(0 < len(table) <= 3 for table in tables.values())
    assert index.match(analyze(Document("", TEXT, language="ru")))


def test_a_table_emptied_while_an_article_is_cut_keeps_its_words_with_keys() -> None:
    """A word held before the table fills up, and one added after it was emptied."""
    tables = WordKeyTables(max_words=3)
    lavrov = frozenset({"Cyrl:LaFRoF"})
    keys = {"Лаврова": lavrov, "Шукри": frozenset({"Cyrl:CuKRi"})}

    def missing(word: str) -> frozenset[str]:
        return keys.get(word, frozenset())

    assert tables.keyed({"Лаврова", "и"}, "ru", "all", missing) == [("Лаврова", lavrov)]
    words = {"Лаврова", "и", "в", "Каире", "сообщил", "Шукри", "встреча"}
    assert dict(tables.keyed(words, "ru", "all", missing)) == keys
    assert all(len(table) <= 3 for table in tables.tables.values())
