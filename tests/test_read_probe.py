"""A new user's probe of drafts as delegations make them (typed and Word numbering,
LibreOffice PDFs): each case it showed the text reader getting wrong, as the smallest text
that shows it."""

from __future__ import annotations

import resdiff


def _refs(text: str) -> list[tuple[str, str]]:
    draft = resdiff.parse(text)
    return [(c.ref, c.text) for c in draft.walk()]


def test_a_number_glued_to_its_verb_is_still_a_paragraph_number() -> None:
    # LibreOffice sets "100." 2.5 points from the verb: the PDF's text reads "100.Encourages",
    # and OP100-OP108 of S/RES/2610 (2021) were read into OP99.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Decides to act;\n\n"
        "2.Urges all States to cooperate;\n\n3.Decides to remain seized of the matter.\n"
    )
    assert [r for r, _ in _refs(text)] == ["PP1", "OP1", "OP2", "OP3"]
    assert _refs(text)[2][1] == "Urges all States to cooperate;"
    # A decimal number or an abbreviation is no label.
    kept = "The Security Council,\n\n1. Decides that 2.5 per cent shall be set aside;\n"
    assert [r for r, _ in _refs(kept)] == ["OP1"]


def test_the_labels_of_a_negotiation_draft_are_labels() -> None:
    # "PP1 Recalling ...", "OP1. Decides ...": the verb was never found ("OP1 opens with
    # 'OP1', which is not an operative verb") and Decides -> Encourages read reworded.
    old = (
        "The Security Council,\n\nPP1 Recalling its resolution 2571 (2021),\n\n"
        "PP2 Expressing grave concern at the situation,\n\n"
        "OP1. Decides that all Member States shall prevent the supply of arms;\n\n"
        "OP1 bis Urges all parties to cooperate;\n\n"
        "OP2: Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(old)
    assert [(c.ref, c.label) for c in draft.walk()] == [
        ("PP1", "PP1"),
        ("PP2", "PP2"),
        ("OP1", "OP1."),
        ("OP1bis", "OP1 bis"),
        ("OP2", "OP2:"),
    ]
    assert draft.operative[0].text.startswith("Decides that")
    assert not [w for w in draft.warnings if w.code == "operative-unknown-verb"]
    new = old.replace(
        "OP1. Decides that all Member States shall", "OP1. Encourages all Member States to"
    )
    new = new.replace("prevent the supply of arms;", "prevent the supply of arms;", 1)
    change = resdiff.compare(old, new).changes[2]
    assert change.kind == "softened"
    # "OP1 of resolution 2231" running on from a line is no label.
    running = (
        "The Security Council,\n\n1. Recalls the provisions of\n"
        "OP1 of resolution 2231 (2015) and decides to act;\n"
    )
    assert [r for r, _ in _refs(running)] == ["OP1"]


def test_an_annex_heading_may_carry_its_title() -> None:
    # "Annex I: Items subject to advance approval": its numbered list was read as OP1-2,
    # OP2-2 with warnings of numbering gaps and unknown verbs.
    for heading in (
        "Annex I: Items subject to advance approval",
        "Annex I – Items subject to advance approval",
    ):
        text = (
            "The Security Council,\n\nRecalling its resolutions,\n\n"
            "1. Decides that the items in annex I shall be subject to the measures;\n\n"
            "2. Decides to remain seized of the matter.\n\n"
            f"{heading}\n\n1. Surface-to-air missiles;\n\n2. Weapons of a calibre above 12.7 mm;\n"
        )
        draft = resdiff.parse(text)
        assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"], heading
        assert len(draft.annexes) == 1
        assert "Surface-to-air" in " ".join(draft.annexes[0].paragraphs)
    # A sentence naming an annex is no heading, nor a line of a paragraph that opens
    # with one after a page break (a stranger's review).
    prose = "The Security Council,\n\n1. Decides that\nAnnex I of resolution 1267 lists them.\n"
    assert not resdiff.parse(prose).annexes
    broken = (
        "The Security Council,\n\n1. Decides to act;\n\n2. Decides that the measures on "
        "the items listed in\n\n\f\nAnnex II Nuclear-related Items shall apply as set out "
        "in the present resolution and\nits annexes;\n\n3. Decides to remain seized of the "
        "matter.\n"
    )
    draft = resdiff.parse(broken)
    assert not draft.annexes
    assert [c.ref for c in draft.walk()] == ["OP1", "OP2", "OP3"]


def test_lettered_recitals_stay_in_the_preamble() -> None:
    text = (
        "The Security Council,\n\n(a) Recalling its resolution 2571 (2021),\n\n"
        "(b) Noting the report of the Secretary-General,\n\n"
        "(c) Acting under Chapter VII of the Charter of the United Nations,\n\n"
        "1. Decides to extend the measures;\n\n2. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "PP2", "PP3", "OP1", "OP2"]
    assert draft.chapter_vii
    assert not draft.warnings
    # A recital's own list (after its colon) keeps its items.
    listed = (
        "The Security Council,\n\nRecalling the following principles:\n\n"
        "(a) Respecting the sovereignty of all States,\n\n"
        "(b) Refraining from the threat of force,\n\n1. Decides to act.\n"
    )
    assert [c.ref for c in resdiff.parse(listed).walk()] == ["PP1", "PP1(a)", "PP1(b)", "OP1"]


_BODY = (
    "The Security Council,\n\nRecalling its resolutions,\n\n"
    "1. Decides to remain seized of the matter.\n"
)


def test_a_masthead_date_in_figures_is_the_date_not_a_sponsor() -> None:
    # "15/02/2022" above the sponsors' line: date None, and "15/02/2022 Albania" a sponsor.
    text = (
        "United Nations\n\nS/2022/123\n\nSecurity Council\n\nDistr.: Limited\n\n"
        "15/02/2022\n\nAlbania, Brazil and Norway: draft resolution\n\n" + _BODY
    )
    draft = resdiff.parse(text)
    assert str(draft.date) == "2022-02-15"
    assert draft.sponsors == ("Albania", "Brazil", "Norway")
    # Day first unless only the month can come first.
    us = text.replace("15/02/2022", "02/15/2022")
    assert str(resdiff.parse(us).date) == "2022-02-15"


def test_sponsors_over_a_draft_resolution_line_of_its_own_are_the_sponsors() -> None:
    text = (
        "United Nations\n\nS/2022/123\n\nSecurity Council\n\nDistr.: Limited\n\n"
        "15 February 2022\n\nOriginal: English\n\n"
        "Albania and United States of America\n\nDraft resolution\n\n" + _BODY
    )
    draft = resdiff.parse(text)
    assert draft.sponsors == ("Albania", "United States of America")
    assert draft.status == "draft"
    # A masthead line above it is no sponsor.
    plain = text.replace("Albania and United States of America\n\n", "")
    assert resdiff.parse(plain).sponsors == ()


def test_a_proviso_after_the_items_ends_the_paragraph_not_the_last_item() -> None:
    # "provided that the Committee may authorize exemptions ..." set back at the
    # paragraph's indent after "(b) ...;": it qualifies the whole paragraph, and was
    # read as the end of (b), so that deleting (b) would have deleted the proviso too.
    text = (
        "The Security Council,\n\nRecalling its resolutions,\n\n"
        "1. Decides that the measures shall not apply to:\n\n"
        "    (a) supplies for the Mission;\n\n    (b) supplies for humanitarian use;\n\n"
        "provided that the Committee may authorize exemptions on a case-by-case basis;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    op1 = resdiff.parse(text).operative[0]
    assert op1.text.endswith(
        "provided that the Committee may authorize exemptions on a case-by-case basis;"
    )
    assert [c.text for c in op1.children] == [
        "supplies for the Mission;",
        "supplies for humanitarian use;",
    ]
    # An item that goes on at its own indent still goes on.
    going_on = text.replace("\nprovided that", "\n    provided that")
    assert resdiff.parse(going_on).operative[0].children[1].text.endswith("basis;")


def test_a_symbol_a_note_names_on_its_next_line_is_no_running_header() -> None:
    # S/RES/138 (1960): "2 Ibid., Supplement for April, May and June 1960, document" /
    # "S/4336." was read as a running header, and the note cut short.
    text = (
        "The Security Council,\n\nHaving examined the complaint,2\n\n"
        "1. Requests the Government of Israel to make appropriate reparation.\n\n"
        "2 Ibid., Supplement for April, May and June 1960, document\nS/4336.\n"
    )
    draft = resdiff.parse(text)
    assert [(n.mark, n.text) for n in draft.footnotes] == [
        ("2", "Ibid., Supplement for April, May and June 1960, document S/4336.")
    ]
    assert not draft.furniture


def test_a_numbered_paragraph_quoted_under_a_lead_in_is_no_operative_paragraph() -> None:
    # "... shall be replaced by the following:" / "     5. Decides that ...": read as OP5
    # between OP1 and OP2, with two warnings of numbering gaps.
    text = (
        "The Security Council,\n\nRecalling its resolution 2571 (2021),\n\n"
        "1. Decides that paragraph 5 of resolution 2571 (2021) shall be replaced by the "
        "following:\n\n     5. Decides that all Member States shall prevent the entry of the "
        "individuals designated;\n\n"
        "2. Decides that paragraph 7 of resolution 2571 (2021) shall be deleted;\n\n"
        "3. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP1(5)", "OP2", "OP3"]
    assert not [w for w in draft.warnings if w.code.startswith("numbering")]


def test_an_annex_centred_with_no_blank_line_before_it_is_an_annex() -> None:
    # A LibreOffice PDF sets paragraphs at a line's pitch: "2. Decides to remain seized
    # of the matter." / centred "Annex" / its list, with no blank line anywhere. The
    # annex's items were read as OP2-2, OP3, and its heading glued onto OP2.
    text = (
        "The Security Council,\n"
        "      Recalling its previous resolutions,\n"
        "      1. Decides that the Committee shall follow the guidelines in the annex;\n"
        "      2. Decides to remain seized of the matter.\n"
        "                                         Annex\n"
        "              Guidelines for the conduct of the Committee\n"
        "      1. The Committee shall meet in closed session;\n"
        "      2. The Committee shall take decisions by consensus;\n"
        "            (a) where consensus cannot be reached, the Chair may\n"
        "                  refer the matter to the Council;\n"
        "      3. The Committee shall report annually.\n"
    )
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.walk()] == ["PP1", "OP1", "OP2"]
    assert draft.operative[1].text == "Decides to remain seized of the matter."
    (annex,) = draft.annexes
    assert annex.paragraphs == (
        "Guidelines for the conduct of the Committee",
        "1. The Committee shall meet in closed session;",
        "2. The Committee shall take decisions by consensus;",
        "(a) where consensus cannot be reached, the Chair may refer the matter to the Council;",
        "3. The Committee shall report annually.",
    )


def test_a_heading_over_a_draft_resolution_line_is_no_sponsor() -> None:
    # A stranger's review: "CONFIDENTIAL", "The situation in Mali" or "Maintenance of
    # International Peace and Security" over "Draft resolution" became sponsors.
    for above in (
        "CONFIDENTIAL",
        "The situation in Mali",
        "Maintenance of International Peace and Security",
    ):
        text = (
            f"United Nations S/2023/101\nSecurity Council\n\n{above}\n\nDraft resolution\n\n"
            + _BODY
        )
        assert resdiff.parse(text).sponsors == (), above


def test_every_paragraph_quoted_under_a_lead_in_is_an_item() -> None:
    # A stranger's review: "5." nested under "... replaced by the following:" but "6."
    # after it became OP6; a list "1. / 2. / 3." of benchmarks nested its first item only.
    text = (
        "The Security Council,\n\nRecalling its previous resolutions,\n\n"
        "1. Decides to extend the mandate;\n\n"
        "2. Decides that paragraphs 5 and 6 of resolution 2500 (2019) shall be replaced by "
        "the following:\n\n     5. Decides that all States shall prevent the supply of arms;\n\n"
        "     6. Decides further that the measures shall not apply to non-lethal supplies;\n\n"
        "3. Requests the Secretary-General to assess the following benchmarks:\n\n"
        "     1. Progress in the political process;\n\n"
        "     2. Progress in the security sector reform;\n\n"
        "4. Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(text)
    assert [c.ref for c in draft.walk()] == [
        "PP1", "OP1", "OP2", "OP2(5)", "OP2(6)", "OP3", "OP3(1)", "OP3(2)", "OP4",
    ]  # fmt: skip
    assert not [w for w in draft.warnings if w.code.startswith("numbering")]


def test_a_recital_label_after_the_operative_part_and_alternatives() -> None:
    # A stranger's review: "PP3 Stressing ..." after OP2 took operative number 3 (the real
    # OP3 became OP3-2); "OP1 Alt Decides ..." lost its verb to the text "Alt Decides".
    late = (
        "The Security Council,\n\nPP1 Recalling its resolution 2231 (2015),\n\n"
        "OP1 Decides to renew the mandate until 30 June 2024;\n\n"
        "PP2 Stressing the importance of regional cooperation,\n\n"
        "OP2 Decides to remain seized of the matter.\n"
    )
    assert [c.ref for c in resdiff.parse(late).walk()] == ["PP1", "PP2", "OP1", "OP2"]
    alternatives = (
        "The Security Council,\n\nPP1 Recalling its resolution 2231 (2015),\n\n"
        "OP1 Decides to renew the mandate until 30 June 2024;\n\n"
        "OP1 Alt Decides to renew the mandate until 31 December 2024;\n\n"
        "OP1 Alt 2 Decides to renew the mandate until 31 March 2025;\n\n"
        "OP2 Decides to remain seized of the matter.\n"
    )
    draft = resdiff.parse(alternatives)
    assert [(c.ref, c.text[:17]) for c in draft.walk()] == [
        ("PP1", "Recalling its res"),
        ("OP1", "Decides to renew "),
        ("OP1alt", "Decides to renew "),
        ("OP1alt2", "Decides to renew "),
        ("OP2", "Decides to remain"),
    ]
    assert not [w for w in draft.warnings if w.code.startswith("numbering")]
