"""A provenance credits a final paragraph to a source only where the two share language:
558 (1984) PP4 was credited to 282 (1970) PP8, "reworded, 6% of the words kept" — two
"Recognizing that …" recitals the aligner paired, no words in common beyond the lead
(user23, left open). A credit needs a fifth of the words kept in order (with each
resolution cited and each date read as one word), or the runs of words a part of a merge
needs, or the comparison reading the one revised into the other (softened, strengthened,
mixed: "Acting under Chapter VII" → "Acting under its special responsibility").
Otherwise the paragraph is new, and the report names the aligner's partner and its share.
Made-up texts."""

from __future__ import annotations

import resdiff
from resdiff.provenance import shares_language


def _text(number: int, year: int, recital: str) -> str:
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 March {year}\n\nThe Security Council,\n\n"
        "Recalling its earlier resolutions on the question of Ruritania,\n\n"
        f"{recital}\n\n"
        "1. Calls upon all States to refrain from supplying arms to Ruritania;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )


OLD = (
    "Recognizing that the extensive arms build-up of the military forces of Ruritania "
    "poses a real threat to the security of the neighbouring States,"
)
NEW = (
    "Recognizing that Ruritania's intensified efforts to manufacture armaments undermine "
    "the effectiveness of the embargo,"
)


def test_a_partner_that_shares_only_its_lead_is_no_source() -> None:
    prov = resdiff.provenance(_text(120, 1984, NEW), {"old": _text(100, 1970, OLD)})
    (pp2,) = [p for p in prov.paragraphs if p.ref == "PP2"]
    assert pp2.origin == "new" and pp2.closest is None
    assert pp2.matches[0].refs == ("PP2",)  # the aligner's pair is kept in the JSON
    out = " ".join(str(prov).split())
    assert "PP2 new (no source has it: the comparison pairs it with old PP2 (" in out
    # The paragraphs they do share are still credited.
    assert {p.ref: p.origin for p in prov.paragraphs}["OP1"] == "single"


def test_the_words_a_source_must_share() -> None:
    assert not shares_language(OLD, NEW, 0.06, "reworded")
    # A fifth of the words kept, a revision the comparison reads, or runs of words:
    assert shares_language(OLD, NEW, 0.2, "reworded")
    assert shares_language(OLD, NEW, 0.06, "softened")
    reordered_old = (
        "Observing that this incident constituted a large-scale and carefully planned "
        "military action on the territory of Jordan by the armed forces of Israel,"
    )
    reordered_new = (
        "Observing that the military action by the armed forces of Israel on the "
        "territory of Jordan was of a large-scale and carefully planned nature,"
    )
    assert shares_language(reordered_old, reordered_new, 0.09, "reworded")
    # A citation moved on is one word: the recital is the same.
    assert shares_language(
        "Recalling its resolution 654 (1990) of 4 May 1990,",
        "Recalling its resolution 719 (1991) of 6 November 1991,",
        0.14,
        "reworded",
    )
