"""The text reader's shortcuts for dense texts (benchmarks/README, the ninth round): each
gives what the long way gives, on random inputs of the characters it turns on."""

from __future__ import annotations

import random
from collections import Counter

import resdiff
from resdiff.model import Clause
from resdiff.read.text import _Line, parse_text
from resdiff.read.text.blocks import _groups, _groups_from_end, _Tail, _trailing_footnotes
from resdiff.read.text.hyphens import _HyphenEvidence
from resdiff.read.text.labels import _predecessor_keys
from resdiff.read.text.numbered import _CROSS_REF_END, _NO_CROSS_REF_END


def test_evidence_of_a_text_is_that_of_its_lines() -> None:
    # Hyphens (folded or not) before spaces and every line break splitlines knows.
    alphabet = ["a", "B", "x", "-", "\u2010", "\u2011", " ", "\t", "\n", "\r", "\x0b"]
    alphabet += ["\x0c", "\x1c", "\x1e", "\x85", "\u2028", "\u2029", "\u00a0", "1", "_"]
    alphabet += ["é", "RES", "gender-", "based", "é-"]
    rng = random.Random(9)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        whole, by_line = _HyphenEvidence.of_text(text), _HyphenEvidence.of_lines(text.splitlines())
        assert (whole.forms, whole.words) == (by_line.forms, by_line.words), repr(text)


def test_cross_reference_end_is_looked_for_only_where_it_may_be() -> None:
    alphabet = [*"abcdorxtADORTKk0123(),; .", " and", " or", " to", " (a)", "\u212a"]
    alphabet += ["paragraph 3", "\u0661", "ſ"]
    rng = random.Random(3)
    for _ in range(50_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        if _CROSS_REF_END.search(text):
            assert text[-1:] not in _NO_CROSS_REF_END, repr(text)


def test_predecessor_keys_remembered_are_immutable() -> None:
    assert _predecessor_keys("(ix)") == ("viii",)
    assert _predecessor_keys("(v)") == ("iv", "u")
    assert _predecessor_keys("(i)") == ("h",)
    assert _predecessor_keys("(2)") == ("1",)
    assert _predecessor_keys("(a)") == ()
    assert isinstance(_predecessor_keys("(ix)"), tuple)


def _old_trailing_footnotes(lines: list[_Line], tail: _Tail) -> int:
    """The function as it was before the ninth round: every group cut first."""
    from resdiff.read.text.blocks import _footnote
    from resdiff.read.text.lines import _final_punct, _join
    from resdiff.read.text.patterns import _FOOTNOTE, _OP_LABEL

    groups = _groups(lines)
    first_note = len(groups)
    for k in range(len(groups) - 1, 0, -1):
        head = groups[k][0].text
        if _FOOTNOTE.match(head) and not _OP_LABEL.match(head):
            first_note = k
        else:
            break
    if first_note == len(groups) or _final_punct(_join(groups[first_note - 1])) != ".":
        return len(lines)
    note: tuple[str, list[str], int] | None = None
    for group in groups[first_note:]:
        for line in group:
            mark = _FOOTNOTE.match(line.text)
            if mark:
                if note:
                    tail.footnotes.append(_footnote(note))
                note = (mark.group("mark"), [mark.group("text")], line.no)
            elif note:
                note[1].append(line.text)
    if note:
        tail.footnotes.append(_footnote(note))
    return lines.index(groups[first_note][0])


def test_trailing_footnotes_read_from_the_end_as_from_the_start() -> None:
    texts = ["", "Decides x.", "Decides x,", "1 See S/2006/1.", "2 Ibid.", "a note", "3. Decides."]
    rng = random.Random(11)
    for _ in range(5_000):
        lines = [_Line(no, rng.choice(texts)) for no in range(1, rng.randint(1, 12))]
        assert [ln for group in _groups_from_end(lines) for ln in reversed(group)] == [
            ln for group in reversed(_groups(lines)) for ln in reversed(group)
        ]
        new, old = _Tail(), _Tail()
        assert _trailing_footnotes(lines, new) == _old_trailing_footnotes(lines, old)
        assert new == old


def _full_text(clause: Clause) -> str:
    """Clause.full_text as it was: every child asked, leaves too."""
    parts = [clause.text]
    for child in clause.children:
        text = _full_text(child)
        parts.append(f"{child.label} {text}" if child.label else text)
    return " ".join(p for p in parts if p)


def test_full_text_of_leaves_and_empty_parts() -> None:
    text = (
        "The Security Council,\n\nRecalling x,\n\n1. Decides:\n(a) x\n(b)\n- y\n\n"
        "2. Requests:\n(a) To report;\n(i) monthly;\n(ii) in writing;\n(b) To act.\n"
    )
    draft = parse_text(text)
    for clause in draft.walk():
        assert clause.full_text() == _full_text(clause)


def test_nodes_are_given_up_once_their_clauses_are_made() -> None:
    # A list of items read twice over gives the same draft: nothing of one read is kept
    # in the next (the builder's nodes are consumed as their clauses are made).
    text = "The Security Council,\n\nRecalling x,\n\n1. Decides that:\n" + "- x\n- y\n" * 50
    first = resdiff.parse(text, format="text", analyze=False)
    second = resdiff.parse(text, format="text", analyze=False)
    assert first == second
    assert len(first.operative[0].children) == 100


def test_tokens_counted_once_each_as_every_one() -> None:
    rng = random.Random(5)
    vocabulary = ["x", "Decides", "RES", "S", "gender-based", "UN-led", "a-B", "é", "ÉTAT", "i"]
    for _ in range(2_000):
        counted = [rng.choice(vocabulary) for _ in range(rng.randint(0, 20))]
        evidence = _HyphenEvidence()
        evidence._count(counted)
        forms, words = (
            Counter(map(str.lower, counted)),
            Counter(
                part.lower()
                for token in counted
                for part in token.split("-")
                if len(part) < 2 or not part.isupper()
            ),
        )
        assert (evidence.forms, evidence.words) == (forms, words)


def test_language_counts_of_an_ascii_sample_as_by_the_patterns() -> None:
    from resdiff.read.language import _latin_letters, _words

    rng = random.Random(8)
    alphabet = [*"aZx09_ -,.;:()[]'\"\t\n/", "The", "Council", "le", "de", "x1y"]
    for _ in range(5_000):
        sample = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert _latin_letters(sample, True) == _latin_letters(sample, False)
        assert _words(sample.lower(), True) == _words(sample.lower(), False)


def test_language_counts_of_a_sample_with_a_few_characters_outside_ascii() -> None:
    """A sample with few characters outside ASCII (curly quotes, an accented name) is
    counted the ASCII way, each other character once: the same letters and words as the
    patterns find, whatever those characters are (letters of words or not, of another
    script, or lower-cased into others: the Kelvin sign, the dotted capital I)."""
    from resdiff.read.language import (
        _WORD,
        _latin_letters,
        _letters_in_ranges,
        _rare_characters,
        _sample_words,
    )

    rng = random.Random(9)
    plain = [*"aZx09_ -,.;:()'\t\n/", "The", "Council", "le", "de"]
    rare = [*"\u2019\u201c\u00e9\u00c9\u00f4\u0130\u212a\u00df\u017f\u0416\u4e2d\u306e"]
    rare += [*"\u00bd\u00b2\u0307\u00a0\u2011\ufb01\u01c5\u216b"]
    counted = 0
    for _ in range(5_000):
        sample = "".join(
            rng.choice(rare) if rng.random() < 0.05 else rng.choice(plain)
            for _ in range(rng.randint(0, 80))
        )
        found = _rare_characters(sample)
        if found is None:
            continue
        counted += bool(found)
        assert _letters_in_ranges(sample, found) == _latin_letters(sample, False)
        assert _sample_words(sample.lower(), found) == _WORD.findall(sample.lower())
    assert counted > 1_000
