"""The hosts of a moved clause: :class:`TextHosts` finds what an index of every
paragraph's words finds (:func:`_best_host`), on texts made to share many words."""

from __future__ import annotations

import random

from resdiff.classify.hosts import MOVED_CLAUSE_SHARE, TextHosts, _best_host, _word_index
from resdiff.clauses import content_words

_VOCABULARY = [
    "council",
    "decides",
    "sanctions",
    "measures",
    "peace-building",
    "mandate",
    "mission",
    "renew",
    "extend",
    "territorial",
    "integrity",
    "sovereignty",
    "humanitarian",
    "access",
    "ceasefire",
    "monitoring",
    "report",
    "secretary-general",
    "states",
    "member",
    "regional",
    "international",
    "assistance",
    "support",
]


def _paragraph(rng: random.Random) -> str:
    words = rng.choices(_VOCABULARY, k=rng.randint(0, 30))
    return " ".join(w.capitalize() if rng.random() < 0.2 else w for w in words)


def test_text_hosts_find_what_the_word_index_finds() -> None:
    rng = random.Random(7)
    for _ in range(60):
        texts = [_paragraph(rng) for _ in range(rng.randint(1, 40))]
        words_of = [content_words(t) for t in texts]
        index = _word_index(words_of)
        hosts = TextHosts([t.lower() for t in texts])
        for _ in range(20):
            clause = content_words(_paragraph(rng) + " " + rng.choice(texts))
            exclude = {k for k in range(len(texts)) if rng.random() < 0.1}
            for share in (MOVED_CLAUSE_SHARE, 0.75, 0.5):
                expected = _best_host(clause, index, exclude=exclude, share=share)
                found = hosts.best(clause, words_of.__getitem__, exclude, share)
                assert found == expected


def test_a_remembered_lookup_costs_the_work_of_the_scan_it_spares() -> None:
    # A comparison stops looking for hosts when the work allowed is spent: with the
    # paragraphs found for a word remembered, it must stop at the same point as when
    # every lookup scanned the draft again, or a draft that spends the work would be
    # reported differently (the hostile review's case: thousands of paragraphs sharing
    # their few words).
    rng = random.Random(5)
    remembered = spent = 0
    for _ in range(40):
        texts = [_paragraph(rng).lower() for _ in range(rng.randint(1, 30))]
        remembering, scanning = TextHosts(texts), TextHosts(texts)
        budget = rng.randint(-2, 300)
        remembering.work = scanning.work = budget
        for _ in range(30):
            word = rng.choice([*_VOCABULARY, "absent"])
            scanning._holding.clear()
            assert remembering.holding(word) == scanning.holding(word)
            assert remembering.work == scanning.work
        remembered += len(remembering._holding)
        spent += remembering.work <= 0
    assert remembered > 100 and 5 < spent < 35  # both ways of ending were tried


def test_every_paragraph_holding_a_word_is_found_in_order_and_costs_no_work() -> None:
    rng = random.Random(5)
    for _ in range(40):
        texts = [_paragraph(rng).lower() for _ in range(rng.randint(1, 40))]
        hosts = TextHosts(texts)
        work = hosts.work
        for word in [*_VOCABULARY, "peace", "council mission", "s"]:
            assert hosts.every_holding(word) == [k for k, t in enumerate(texts) if word in t]
            assert [hosts.text(k) for k in range(len(texts))] == texts
        assert hosts.work == work


def test_a_same_lead_host_is_never_passed_over_unread() -> None:
    # _near_together only spares reading a paragraph no stretch of which holds the
    # clause's words: whenever some stretch of ``reach`` characters does (the test a
    # same-lead host must pass), it says so.
    from resdiff.classify.drafts import _near_together

    rng = random.Random(11)
    checked = passed = 0
    for _ in range(400):
        text = _paragraph(rng) + rng.choice([" İstanbul", "", " (Council)"])
        words = frozenset(rng.sample(_VOCABULARY, rng.randint(2, 3)))
        reach = rng.randint(5, 120)
        held = any(words <= content_words(text[o : o + reach]) for o in range(len(text) + 1))
        checked += 1
        if held:
            passed += 1
            assert _near_together(text, words, reach), (text, words, reach)
    assert passed > 20 and checked == 400
    assert not _near_together(
        "renew the mandate " + "x " * 80 + "mission", frozenset({"renew", "mission"}), 40
    )


def _near_together_by_each_place(text: str, words: frozenset[str], reach: int) -> bool:
    # The definition, place by place (what _near_together computed before its sweep).
    lowered = text.lower()
    if len(lowered) != len(text):
        return True
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            if all(lowered.find(other, at, at + reach) >= 0 for other in words):
                return True
            at = lowered.find(word, at + 1)
    return False


def test_near_together_answers_as_its_definition() -> None:
    from resdiff.classify.drafts import _near_together

    rng = random.Random(12)
    alphabet = ["ab", "a", "b", "ba", " ", "c", "abc", "x"]
    agreed = {True: 0, False: 0}
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        words = frozenset(rng.sample(["a", "b", "ab", "ba", "c", "bc", "abc"], rng.randint(1, 3)))
        reach = rng.randint(0, 12)
        expected = _near_together_by_each_place(text, words, reach)
        assert _near_together(text, words, reach) == expected, (text, words, reach)
        agreed[expected] += 1
    assert min(agreed.values()) > 300
    assert not _near_together("anything", frozenset(), 5)


def test_near_together_is_linear_in_a_paragraph_of_one_word() -> None:
    # A hostile paragraph: one word a hundred thousand times and the other 400,000 characters on
    # (the review's case took 42 s at 160,000 repeats when each place read the whole
    # reach for the other word). The sweep reads each place once.
    import time

    from resdiff.classify.drafts import _near_together

    text = "parties " * 100_000 + "x " * 200_000 + "implement"
    words = frozenset({"parties", "implement"})
    start = time.process_time()
    assert not _near_together(text, words, 200_000)
    assert _near_together(text, words, 600_000)
    assert time.process_time() - start < 1.5
