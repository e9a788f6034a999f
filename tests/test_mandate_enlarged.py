"""A mandate enlarged in the older texts' words read as expanded, and the extension paired
with the extension beside an enlargement (RESULTS §2et, §2eu): made-up texts, and the
clauses of the corpus read where they lie (../shared)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS
from test_review_fix14 import _resolution

import resdiff


def _lifecycle(text: str) -> set[str]:
    draft = resdiff.parse(_resolution(876, "19 October 1993", [text]))
    return {x for c in draft.operative[:1] for p in c.phrases for x in p.lifecycle}


@pytest.mark.parametrize(
    ("text", "expands"),
    [
        ("Decides to enlarge the mandate and strength of the Force;", True),
        ("Decides to enlarge the mandate of the Observer Mission to include elections;", True),
        (
            "Authorizes the enlargements of UNOMAX's mandate and strength recommended by "
            "the Secretary-General in his report;",
            True,
        ),
        ("Authorizes the enlargement of the mandate of the Observer Group;", True),
        ("Decides that the mandate of the Mission shall be enlarged to include police;", True),
        # Still not: negated, recalled, done before, an ask of others, an enlarged body named.
        ("Decides not to enlarge the mandate of the Mission;", False),
        ("Recalling its decision to enlarge the mandate of the Mission;", False),
        ("Decides, having enlarged the mandate of the Mission, to keep it under review;", False),
        ("Requests the Secretary-General to recommend the enlargement of the mandate;", False),
        ("Urges the parties to facilitate the deployment of the enlarged Group;", False),
        # The mandate named as it stands by the body's possessive, enlarged before: no
        # enlargement made here, as "its expanded mandate" (review of fix21).
        ("Decides that UNPROFOR shall carry out UNPROFOR's enlarged mandate;", False),
        ("Decides that the Force shall carry out the Force's expanded mandate;", False),
        ("Decides to enlarge the Force's mandate to include the protection of convoys;", True),
    ],
)
def test_a_mandate_enlarged_is_a_mandate_expanded(text: str, expands: bool) -> None:
    # "expand/widen/broaden" and "enlargement of the mandate" were read; "enlarge the
    # mandate" and "the enlargements of UNOMAX's mandate" weighed as their bare verbs.
    assert ("expand" in _lifecycle(text)) == expands


@pytest.mark.parametrize(
    ("name", "lead"),
    [
        ("S_RES_758_1992.txt", "Decides to enlarge"),
        ("S_RES_776_1992.txt", "Authorizes, in implementation"),
        ("S_RES_832_1993.txt", "Decides, on the basis"),
    ],
)
def test_the_corpus_enlargements_are_read(name: str, lead: str) -> None:
    path = CORPUS / "scanned" / name
    if not path.is_file():
        pytest.skip(f"real-text corpus not found at {CORPUS}")
    draft = resdiff.parse(Path(path).read_text(encoding="utf-8"))
    (clause,) = [c for c in draft.operative if c.text.lstrip().startswith(lead)]
    assert "expand" in {x for p in clause.phrases for x in p.lifecycle}


# An old text that enlarges a mandate in one paragraph and extends it in the next; the
# new text only extends it again, in other words.
_GROWN = [
    "Decides, on the basis of the report of the Secretary-General and in accordance with "
    "the provisions of resolution 693 (1991), to enlarge the mandate of the United Nations "
    "Observer Mission in Ruritania (UNOMIR), to include the observation of the electoral "
    "process due to conclude with the general elections in March 1994, and requests the "
    "Secretary-General to take the necessary measures to this effect;",
    "Also decides that the mandate of the United Nations Observer Mission in Ruritania "
    "(UNOMIR), enlarged in accordance with this resolution, will be extended until 30 "
    "November 1993 and that it will be reviewed at that time on the basis of "
    "recommendations to be presented by the Secretary-General;",
]
_EXTENDED = "Decides to extend the mandate of the Observer Mission to 31 May 1994;"


class _Scorer:  # the words' score, whatever it is: the act on the mandate decides the pair
    def score(self, i: int, j: int) -> float:
        return 0.25


@pytest.mark.parametrize("verb", ["enlarge", "expand"])
def test_the_extension_pairs_with_the_extension_beside_an_enlargement(verb: str) -> None:
    # Two old paragraphs act on the mandate (one enlarges it, one extends it; S/RES/832
    # (1993) OP3 and OP4) and the new text has one left, an extension: the old extension
    # is its predecessor, the enlargement was done once. Before, two acts left on the old
    # side paired none (and "enlarge" read no act, so S/RES/832 paired by luck).
    from resdiff.align.acts import mandate_acts

    old = [_GROWN[0].replace("enlarge", verb), _GROWN[1].replace("enlarged", verb + "ed")]
    old_ops = resdiff.parse(_resolution(832, "27 May 1993", old), format="text").operative
    new_ops = resdiff.parse(
        _resolution(888, "30 November 1993", [_EXTENDED]), format="text"
    ).operative
    # The closing paragraphs (third old, second new) are paired already.
    found = mandate_acts(old_ops, new_ops, {1: None}, {2}, _Scorer())  # type: ignore[dict-item,arg-type]
    assert found == [(1, 0, 0.25)]


def test_s_res_832_op4_pairs_with_s_res_888_op13() -> None:
    old, new = (CORPUS / "scanned" / f"S_RES_{n}_1993.txt" for n in (832, 888))
    if not (old.is_file() and new.is_file()):
        pytest.skip(f"real-text corpus not found at {CORPUS}")
    cmp = resdiff.compare(old.read_text(encoding="utf-8"), new.read_text(encoding="utf-8"))
    assert cmp.change_for("OP4", side="old").new == ("OP13",)


# An old text that enlarges one body's mandate and extends another's (a different mission,
# named in full, no acronym after "the mandate of"); the new text only extends the first.
_OTHER_BODIES = [
    "Decides to enlarge the mandate of the United Nations Observer Mission in Ruritania "
    "to include the observation of the electoral process;",
    "Also decides that the mandate of the United Nations Protection Force in Freedonia "
    "will be extended until 30 November 1993;",
]


@pytest.mark.parametrize(
    ("old", "new", "found"),
    [
        # The one old act of the new one's kind is another body's: no pair (review of
        # fix21; before, the Force's extension was made the Observer Mission's predecessor).
        (_OTHER_BODIES, _EXTENDED, []),
        (
            [
                "Decides to extend the mandate of the United Nations Observer Mission in "
                "Liberia until 30 June 1993;",
                "Decides to renew the mandate of the United Nations Assistance Mission for "
                "Rwanda for a period of six months;",
            ],
            "Decides to renew the mandate of the United Nations Observer Mission in Liberia "
            "for a period of six months;",
            [],
        ),
        # The same body, named shorter in the new text: still its predecessor.
        (
            [
                _OTHER_BODIES[0],
                "Also decides that the mandate of the United Nations Observer Mission in "
                "Ruritania, enlarged in accordance with this resolution, will be extended "
                "until 30 November 1993;",
            ],
            _EXTENDED,
            [(1, 0, 0.25)],
        ),
        # Two old acts of the new one's kind: its words must tell which (none paired).
        (
            [
                "Decides to extend the mandate of the Observer Mission until 30 November 1993;",
                "Decides also to extend the mandate of the Verification Mission until 30 "
                "November 1993;",
            ],
            "Decides to extend the mandate of the Verification Mission to 31 May 1994;",
            [],
        ),
    ],
)
def test_the_same_act_on_another_body_is_no_predecessor(
    old: list[str], new: str, found: list[tuple[int, int, float]]
) -> None:
    from resdiff.align.acts import mandate_acts

    old_ops = resdiff.parse(_resolution(832, "27 May 1993", old), format="text").operative
    new_ops = resdiff.parse(_resolution(888, "30 November 1993", [new]), format="text").operative
    paired = mandate_acts(old_ops, new_ops, {1: None}, {2}, _Scorer())  # type: ignore[dict-item,arg-type]
    assert paired == found
