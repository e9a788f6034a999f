"""The word-level redline: exact, readable, and reversible."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resdiff.redline import _balance, apply, distance, redline, similarity, tokenize

WORDS = st.sampled_from(
    [
        *("Decides", "Demands", "Calls", "upon", "all", "Member", "States", "shall"),
        *("should", "prevent", "the", "transfer", "of", "missiles", ",", ";", "(", "a"),
        *(")", "DPRK", "5", "July", "2006", "exercise", "vigilance", "in", "accordance"),
    ]
)
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


@given(TEXTS, TEXTS)
@settings(max_examples=300, deadline=None)
def test_applying_a_redline_to_the_old_text_gives_the_new_text(old: str, new: str) -> None:
    ops = redline(old, new)
    assert apply(old, ops) == new
    assert all(op in (-1, 0, 1) and text for op, text in ops)


@given(st.text(max_size=200), st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_redline_is_exact_on_any_unicode_text(old: str, new: str) -> None:
    assert apply(old, redline(old, new)) == new


def test_tokens_join_back_to_the_text() -> None:
    text = "Decides that all States shall prevent the supply, sale or transfer;\n(a) arms"
    assert "".join(tokenize(text)) == text


def test_a_changed_verb_is_one_deletion_and_one_insertion_of_whole_words() -> None:
    ops = redline(
        "Condemns the launches of ballistic missiles;",
        "Strongly deplores the launches of ballistic missiles;",
    )
    assert ops == (
        (-1, "Condemns"),
        (1, "Strongly deplores"),
        (0, " the launches of ballistic missiles;"),
    )


def test_words_are_never_cut_in_half() -> None:
    ops = redline("requests the Secretary-General", "request the Secretary-General")
    assert (-1, "requests") in ops and (1, "request") in ops


def test_identical_texts_give_one_kept_run() -> None:
    assert redline(
        "Decides to remain seized of the matter.", "Decides to remain seized of the matter."
    ) == ((0, "Decides to remain seized of the matter."),)
    assert redline("", "") == ()


def test_added_and_dropped_texts() -> None:
    assert redline("", "New text.") == ((1, "New text."),)
    assert redline("Old text.", "") == ((-1, "Old text."),)


def test_apply_refuses_a_redline_for_another_text() -> None:
    with pytest.raises(ValueError, match="does not apply"):
        apply("other text", redline("some text", "new text"))


def test_distance_and_similarity_count_words() -> None:
    ops = redline("shall prevent the transfer", "should prevent the transfer")
    assert distance(ops) == 2
    assert similarity(ops) == pytest.approx(2 * 3 / 8)


def test_many_distinct_words_beyond_the_surrogate_range() -> None:
    old = " ".join(f"w{i}" for i in range(60000))
    new = old.replace("w59999", "changed")
    assert apply(old, redline(old, new)) == new


def test_a_long_shared_run_between_two_rewrites_stays_kept() -> None:
    # Diffed with the spaces as units, the spaces between the many rewritten words
    # outnumbered the shared run and the run was shown deleted and inserted again; the
    # semantic clean-up then folded what was left of it.
    shared = (
        "prevent the transfer of missile and missile-related items, materials, goods and "
        "technology to the DPRK's missile or WMD programmes"
    )
    old = (
        f"Decides that all Member States shall {shared}, including: (a) complete rocket "
        "systems and unmanned aerial vehicles, together with: (i) their major subsystems; "
        "(ii) production facilities and equipment specially designed for them; (b) "
        "propellants and structural materials usable in such systems;"
    )
    new = (
        "Requires all Member States, in accordance with their national legal authorities "
        "and legislation and consistent with international law, to exercise vigilance and "
        f"{shared};"
    )
    ops = redline(old, new)
    assert apply(old, ops) == new
    assert any(op == 0 and shared in text for op, text in ops)
    assert similarity(ops) > 0.4


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("a b c", "a x c"),
        (" a  b ", "a b"),
        ("x", "  x  y"),
        ("a, b", "a; b"),
        ("one two", "one\u00a0two"),
        ("", "x"),
        ("words only", "   "),
    ],
)
def test_spaces_are_kept_or_replaced_around_the_words(old: str, new: str) -> None:
    ops = redline(old, new)
    assert apply(old, ops) == new
    # No operation is empty, and neighbours differ.
    assert all(text for _, text in ops)
    assert all(a[0] != b[0] for a, b in itertools.pairwise(ops))


def test_a_word_inserted_keeps_the_spaces_around_it_as_kept_text() -> None:
    ops = redline(
        "Decides to remain seized of the matter.",
        "Decides to remain actively seized of this matter.",
    )
    assert [text for op, text in ops if op == 1] == [" actively", "this"]
    assert [text for op, text in ops if op == -1] == ["the"]


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_words_and_spaces_split_in_c_as_the_tokens_give_them(text: str) -> None:
    # _split_words splits in C what was a loop over the tokens: the same words (and
    # punctuation), and the same runs of spaces before, between and after them.
    from resdiff.redline import _split_words

    words: list[str] = []
    gaps = [""]
    for token in tokenize(text):
        if token[:1].isspace():
            gaps[-1] += token
        else:
            words.append(token)
            gaps.append("")
    assert _split_words(text) == (words, gaps)


def test_units_are_numbered_in_the_order_first_met_past_the_surrogates() -> None:
    from resdiff.redline import _units_to_chars

    old = [f"w{i}" for i in range(0xD800 + 10)]
    new = ["x", "w3", *old[-3:], "y"]
    chars_a, chars_b, table = _units_to_chars(old, new)
    assert table == [*old, "x", "y"]
    codes = [ord(c) for c in chars_a]
    assert codes[:3] == [1, 2, 3] and codes[0xD7FE] == 0xD7FF and codes[0xD7FF] == 0xE000
    assert [table[k - 1 if k < 0xD800 else k - 0x801] for k in codes] == old
    assert chars_b == "".join(chr(c) for c in [0xE000 + 11, 4, *codes[-3:], 0xE000 + 12])


def test_the_redline_of_two_texts_does_not_depend_on_the_clock(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The diff is bounded by the work it may do, not by seconds: on a machine so loaded
    # that a minute passes between two steps of the search, a long real-sized rewrite
    # still gets its exact, fine redline (with a 0.5 s deadline it came back as one
    # deletion and one insertion, or not, by the machine's load).
    import sys

    import diff_match_patch

    # The package's name for its module is taken by its class: the module itself.
    engine_module = sys.modules[diff_match_patch.diff_match_patch.__module__]

    old = " ".join(f"word{i}" if i % 3 else f"old{i}" for i in range(1500))
    new = " ".join(f"word{i}" if i % 3 else f"new{i}" for i in range(1500))
    calm = redline(old, new)
    assert len(calm) > 500  # fine-grained: one edit every third word

    class _Clock:
        now = 0.0

        def time(self) -> float:
            self.now += 60.0
            return self.now

    monkeypatch.setattr(engine_module, "time", _Clock())
    assert redline(old, new) == calm
    assert apply(old, calm) == new


def test_a_hostile_rewrite_is_cut_short_by_work_alike_every_time() -> None:
    import time

    from resdiff.redline import DIFF_WORK, _Work

    # Twenty thousand words each put in brackets share almost nothing in order: the
    # search stops when DIFF_WORK is spent, and gives both texts back whole.
    old = " ".join(f"w{i}" for i in range(20_000))
    new = " ".join(f"[w{i}]" for i in range(20_000))
    started = time.process_time()
    first = redline(old, new)
    assert time.process_time() - started < 10.0
    assert first == redline(old, new)
    assert apply(old, first) == new
    assert len(first) < 10  # coarse: the search was cut short
    # The budget counts each step's diagonals: spent after about sqrt(2 * work) steps.
    work = _Work(DIFF_WORK)
    steps = 0
    while not (0.0 > work):  # noqa: SIM300  # as diff_bisect asks: time.time() > deadline
        steps += 1
    assert 1000 < steps < 2000


def test_periodic_text_is_diffed_in_bounded_time() -> None:
    # The review of 3 December: diff-match-patch's half-match (on whenever its timeout is
    # set) runs before any bisection, unbounded by the work counted, and is quadratic on
    # periodic text ("a b " * 80,000 against "b a " * 80,000 + "c": 16.6 s).
    import time

    old, new = "a b " * 40_000, "b a " * 40_000 + "c"
    started = time.process_time()
    ops = redline(old, new)
    assert time.process_time() - started < 3.0
    assert apply(old, ops) == new


@pytest.mark.parametrize(
    ("old", "new", "ops"),
    [
        # A changed citation keeps its closing bracket on both sides, not as kept text
        # after them ("[-2253 (2015-] {+2368 (2017+})").
        (
            "the measures of resolution 1234 (2001) as a tool",
            "the measures of resolution 5678 (2009) as a tool",
            (
                (0, "the measures of resolution "),
                (-1, "1234 (2001)"),
                (1, "5678 (2009)"),
                (0, " as a tool"),
            ),
        ),
        # A citation inserted after another holds its own brackets, not the closing one
        # of the citation before it ("(2001{+) and 5678 (2009+});").
        (
            "Demands the full implementation of all provisions of all relevant resolutions, "
            "including resolutions 1001 (2001), 1002 (2002), 1003 (2003), 1004 (2004) "
            "1005 (2005), and 1006 (2006);",
            "Demands the full implementation of all provisions of all relevant resolutions, "
            "including resolutions 1001 (2001), 1002 (2002), 1003 (2003), 1004 (2004) "
            "1005 (2005), 1006 (2006) and 1007 (2007);",
            (
                (
                    0,
                    "Demands the full implementation of all provisions of all relevant "
                    "resolutions, including resolutions 1001 (2001), 1002 (2002), 1003 (2003), "
                    "1004 (2004) 1005 (2005),",
                ),
                (-1, " and"),
                (0, " 1006 (2006)"),
                (1, " and 1007 (2007)"),
                (0, ";"),
            ),
        ),
        # Brackets on both edges, where the edit needs both to match its own.
        (
            "of the Group (a) the",
            "of the Group (b) (c) the",
            ((0, "of the Group "), (-1, "(a)"), (1, "(b) (c)"), (0, " the")),
        ),
        # A bracket around the whole edit stays kept text: the edit matches without it.
        (
            "as decided (on 1 May) in",
            "as decided (in June) in",
            ((0, "as decided ("), (-1, "on 1 May"), (1, "in June"), (0, ") in")),
        ),
    ],
)
def test_an_edit_holds_both_brackets_of_what_it_changes(
    old: str, new: str, ops: tuple[tuple[int, str], ...]
) -> None:
    assert redline(old, new) == ops
    assert apply(old, ops) == new


@given(
    st.lists(st.sampled_from(["(", ")", "[", "]", "a", "b", "1", ",", " "]), max_size=30).map(
        "".join
    ),
    st.lists(st.sampled_from(["(", ")", "[", "]", "a", "b", "1", ",", " "]), max_size=30).map(
        "".join
    ),
)
@settings(max_examples=300, deadline=None)
def test_moving_brackets_keeps_both_texts(old: str, new: str) -> None:
    ops = redline(old, new)
    assert apply(old, ops) == new
    assert "".join(text for op, text in ops if op <= 0) == old
    assert all(op in (-1, 0, 1) and text for op, text in ops)


@pytest.mark.parametrize(
    "ops",
    [
        # Taking the "(" would leave the insertion before and the edits after side by
        # side: " " inserted, then a deletion and another insertion.
        ((1, " "), (0, "("), (-1, "a)"), (1, "b)")),
        # Sliding the ")" would put the insertion right before the deletion after it.
        ((0, "a (2020"), (1, ") and (x"), (0, ")"), (-1, "y")),
    ],
)
def test_moving_a_bracket_never_joins_two_edits(ops: tuple[tuple[int, str], ...]) -> None:
    assert _balance(ops) == ops
