"""A paragraph no source has whole may still take a run of a source paragraph's words:
the source's side of the report said "PP5 → PP5: softened (words taken into OP12)" while
the paragraph's own line said "OP12 new (no source has it)" (user25, the DRC sanctions
2528 (2020) → 2641 (2022): "Recalls the Secretary General's commitment …", out of a
recital). The two now agree. Made-up texts."""

from __future__ import annotations

import resdiff
from resdiff.render.provenance import render_provenance_markdown


def _text(number: int, year: int, body: str) -> str:
    return (
        f"Resolution {number} ({year})\n\nAdopted by the Security Council at its "
        f"{1000 + number}th meeting, on 15 March {year}\n\nThe Security Council,\n\n" + body
    )


OLD = _text(
    100,
    1970,
    "Reiterating the need for the Government of Ruritania to investigate the killing of the "
    "two observers, welcoming the commitment of the Secretary-General that the United "
    "Nations will do everything possible to ensure that the perpetrators of the killing "
    "of the two observers are brought to justice, and welcoming the work of the team,\n\n"
    "1. Decides to renew until 1 July 1971 the arms embargo imposed on Ruritania;\n\n"
    "2. Decides to remain seized of the matter.\n",
)
NEW = _text(
    110,
    1972,
    "Reiterating the need for the Government of Ruritania to investigate the killing of the "
    "two observers, and welcoming the work of the team,\n\n"
    "1. Decides to renew until 1 July 1973 the arms embargo imposed on Ruritania;\n\n"
    "2. Stresses the importance of a timely deployment of the inspectors to the border "
    "crossings and of their full access to the stockpiles of weapons and ammunition held "
    "by the armed groups in the eastern provinces, requests the Committee to consider "
    "their findings at its next meeting, and stresses that the perpetrators of the "
    "killing of the two observers are brought to justice;\n\n"
    "3. Decides to remain seized of the matter.\n",
)


def test_a_new_paragraph_names_the_words_it_takes() -> None:
    prov = resdiff.provenance(NEW, {"old": OLD})
    op2 = next(p for p in prov.paragraphs if p.ref == "OP2")
    assert op2.origin == "new" and op2.parts
    out = " ".join(str(prov).split())
    assert "OP2 new (no source has it whole, but it takes words of old PP1 (“" in out
    assert "words taken into OP2" in out
    assert "it takes words of old PP1" in render_provenance_markdown(prov)
