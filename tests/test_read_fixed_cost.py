"""The readers' fixed cost of one paragraph (issue 11 §1, §2): work a reader did for every
paragraph or element where it could not apply, now told first by a cheaper look. These
tests count the work done (each count fails on the code before)."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from counting import count as _count

import resdiff
from resdiff.read.akn import builder, markup
from resdiff.read.text import lines, numbered, tree, units, unlabelled

#: A page's job number, each read as a paragraph of its own, its running header taken as
#: furniture (the fuzz campaign's seed 1212, input 9189, prints a thousand).
JOB = "1000024-08292 (E)"


def _job_numbers(n: int) -> str:
    return (
        "The General Assembly,\n\nRecalling its resolutions,\n\nDecides to act;\n\n"
        + f"{JOB}\n\nA/78/L.12\n\n" * n
    )


def test_job_numbers_still_read_as_paragraphs() -> None:
    draft = resdiff.parse(_job_numbers(300), format="text")
    assert len(draft.operative) == 301
    assert {c.text for c in draft.operative[1:]} == {JOB}
    assert [r.kind for r in draft.furniture] == ["page-header"] * 300


def test_a_line_opening_with_four_digits_asks_no_bare_or_leading_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A paragraph's number without its stop has one to three digits, and a number
    # reading on four at most: a line opening with more is neither, told before the
    # patterns (three tries of each job number).
    bare = _count(monkeypatch, numbered, "_bare_op")
    leading = _count(monkeypatch, unlabelled, "_LEADING_NUMBER")
    resdiff.parse(_job_numbers(1000), format="text")
    assert len(bare.calls) < 50, len(bare.calls)
    assert leading.calls.count(JOB) == 0, leading.calls.count(JOB)


def test_the_numbers_and_notes_of_three_digits_are_still_read() -> None:
    # The tests' edge: "123 Decides" is the count's paragraph 123 without its stop, and
    # "1234 (1999)" after a blank line reads on.
    text = "The Security Council,\n\nRecalling its resolutions,\n\n"
    text += "".join(f"{n}. Decides to act;\n\n" for n in range(1, 123))
    draft = resdiff.parse(text + "123 Decides to act;\n\n124. Decides to stay.\n", format="text")
    assert [c.ref for c in draft.operative[-3:]] == ["OP122", "OP123", "OP124"]
    reading_on = "The Security Council,\n\nRecalling resolution\n\n1234 (1999) and its texts,\n"
    draft = resdiff.parse(reading_on + "\n1. Decides to act.\n", format="text")
    assert draft.preamble[0].text == "Recalling resolution 1234 (1999) and its texts,"


def test_a_paragraph_without_a_bracket_is_not_joined_to_look_for_a_note(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    joined = units._Unit.text.fget
    assert joined is not None
    asked: list[str] = []

    def counted(unit: units._Unit) -> str:
        asked.append(sys._getframe(1).f_code.co_name)
        return joined(unit)  # type: ignore[no-any-return]

    monkeypatch.setattr(units._Unit, "text", property(counted))
    draft = resdiff.parse(_job_numbers(300), format="text")
    assert len(draft.operative) == 301
    assert asked.count("_whole_note") == 0, asked.count("_whole_note")


def test_a_drafters_note_alone_is_still_a_note() -> None:
    text = "The Security Council,\n\nRecalling x,\n\n[Note: delete the next paragraph.]\n\n"
    draft = resdiff.parse(text + "Noting y,\n\n1. Decides to act.\n", format="text")
    assert [c.ref for c in draft.preamble] == ["PP1", "PP2"]
    assert tree._whole_note(units._Unit([lines._Line(1, "[Note: x]", 0)], "para"))
    assert not tree._whole_note(units._Unit([lines._Line(1, "Note: x", 0)], "para"))


_AKN = (
    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0" xmlns:x="urn:x">'
    '<doc name="resolution"><mainBody>{}</mainBody></doc></akomaNtoso>'
)


def test_the_akn_readers_attributes_are_kept_as_expat_gives_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each attribute's name was cut at its prefix, one call each for every element of a
    # long draft: now only a name with a prefix is (a tag's name is remembered).
    local = _count(monkeypatch, markup, "_local")
    body = "".join(
        f'<paragraph eId="para_{n}"><num>{n}.</num><content><p class="c">Decides {n};</p>'
        "</content></paragraph>"
        for n in range(1, 201)
    )
    root = markup.parse_xml(_AKN.format(body + '<p x:note="n" eId="last">x</p>'))
    assert len(local.calls) < 20, len(local.calls)
    found = root.iter("paragraph")
    assert [p.attrs for p in found[:2]] == [{"eId": "para_1"}, {"eId": "para_2"}]
    last = root.iter("p")[-1]
    assert last.attrs == {"note": "n", "eId": "last"}


def test_the_akn_builders_skipped_elements_are_made_once() -> None:
    # The elements a content's text leaves to be read apart, made once, not a set
    # difference at each content of a long draft.
    assert builder._STRUCTURAL - {"intro"} == builder._STRUCTURAL_BUT_INTRO
    seen: set[int] = set()
    real = builder._Builder.text

    def counted(self: Any, node: Any, *, skip: frozenset[str] = frozenset()) -> str:
        if skip and "intro" not in skip:
            seen.add(id(skip))
        return real(self, node, skip=skip)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(builder._Builder, "text", counted)
        body = "".join(
            f'<paragraph eId="para_{n}"><num>{n}.</num><content><p>Decides {n};</p>'
            "</content></paragraph>"
            for n in range(1, 21)
        )
        draft = resdiff.parse(_AKN.format(body).encode(), format="akn")
    assert len(draft.operative) == 20
    assert seen == {id(builder._STRUCTURAL_BUT_INTRO)}
