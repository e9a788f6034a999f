"""Fixes from an outside expert's reading of the reports on real pairs (UNIFIL, UNFICYP,
CAR sanctions, Somalia piracy): each test is the smallest text that showed the fault."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.cli import main
from resdiff.explain import describe_shift
from resdiff.lexicon import Lexicon
from resdiff.model import Comparison

PREAMBLE = "Recalling its previous resolutions on the situation,"


def draft(operative: list[str], preamble: list[str] | None = None) -> str:
    pre = "\n\n".join(preamble if preamble is not None else [PREAMBLE])
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return f"The Security Council,\n\n{pre}\n\n{ops}\n"


def lines(cmp: Comparison) -> list[str]:
    return [s.describe() for c in cmp.changes for part in c.walk() for s in part.shifts]


def test_a_determination_kept_in_a_relative_clause_is_an_article_39_finding() -> None:
    # S/RES/2554 (2020) and 2608 (2021) PP17: the report said "Article 39: absent".
    text = (
        "Determining that the incidents of piracy and armed robbery at sea off the coast of "
        "Somalia are an important factor exacerbating the situation in Somalia, which "
        "continues to constitute a threat to international peace and security in the region,"
    )
    assert Lexicon.default().art39_in(text) is not None
    # A threat named in a relative clause of the subject is still no finding.
    other = (
        "Determining that the activities of groups which continue to threaten peace and "
        "security are to be addressed,"
    )
    assert Lexicon.default().art39_in(other) is None
    doc = resdiff.parse(draft(["Decides to remain seized of the matter."], [text]))
    assert doc.art39


def test_an_ordinal_date_is_the_same_date() -> None:
    # UNIFIL, S/RES/2539 (2020) -> 2591 (2021): "date: February 2020 -> 10 February 2020".
    old = (
        "Calls for the finalization of the investigation of the incident of the 10th of "
        "February 2020;"
    )
    new = "Calls for the finalization of the investigation of the incident of 10 February 2020;"
    cmp = resdiff.compare(draft([old]), draft([new]))
    assert not [line for line in lines(cmp) if line.startswith("date")]
    moved = "Calls for the finalization of the investigation of the incident of 12 February 2020;"
    cmp = resdiff.compare(draft([old]), draft([moved]))
    assert "date: 10th of February 2020 → 12 February 2020" in lines(cmp)


@needs_corpus
def test_the_same_verb_recast_is_one_ask_in_new_words() -> None:
    # UNFICYP, S/RES/2587 (2021) -> 2618 (2022) OP16: "operative verb added: requests
    # (recast: in place of requests)" beside "operative verb removed: requests (recast:
    # requests in its place)": one request recast, told once.
    cmp = resdiff.compare(
        CORPUS / "akn" / "S_RES_2587_2021.xml", CORPUS / "akn" / "S_RES_2618_2022.xml"
    )
    change = next(c for c in cmp.changes if c.new == ("OP16",))
    told = [s.describe() for s in change.shifts]
    assert told == ["operative verb kept, the ask in its place reworded: requests"]
    assert all(s.direction == "neutral" and s.weight == 0 for s in change.shifts)


@needs_corpus
def test_a_paragraph_dropped_whose_words_stand_in_another_says_where() -> None:
    # CAR sanctions, S/RES/2536 (2020) -> 2588 (2021): "old PP6 dropped" while its words
    # are the second half of new PP6; the reader is now told where they stand.
    cmp = resdiff.compare(
        CORPUS / "akn" / "S_RES_2536_2020.xml", CORPUS / "akn" / "S_RES_2588_2021.xml"
    )
    change = next(c for c in cmp.changes if c.old == ("PP6",))
    assert change.kind == "dropped"
    told = [s for s in change.shifts if s.feature == "wording"]
    assert [s.describe() for s in told] == [
        "wording kept, not in this place (its words stand in new PP6)"
    ]
    assert told[0].direction == "neutral" and told[0].weight == 0


def test_a_paragraph_dropped_whose_words_stand_nowhere_says_nothing() -> None:
    old = draft(
        ["Decides to remain seized of the matter."],
        [
            "Welcoming the progress made by the national authorities on the key benchmarks,",
            "Stressing the need for the national authorities to ensure the physical protection "
            "of weapons and ammunition transferred to their control,",
        ],
    )
    new = draft(
        ["Decides to remain seized of the matter."],
        ["Welcoming the progress made by the national authorities on the key benchmarks,"],
    )
    cmp = resdiff.compare(old, new)
    dropped = [c for c in cmp.changes if c.kind == "dropped"]
    assert dropped and not [s for c in dropped for s in c.shifts if s.feature == "wording"]


# From a new user's probe of the command line.

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "dprk-2006"


def test_history_and_provenance_refuse_a_word_name_they_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both wrote a text report into h.docx and exited 0.
    japan, adopted = str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")
    out = tmp_path / "h.docx"
    assert main(["history", japan, adopted, "-o", str(out)]) == 2
    assert not out.exists()
    err = capsys.readouterr().err
    assert "history writes no docx report" in err and ".md" in err and "Traceback" not in err
    assert main(["provenance", adopted, "--source", f"J={japan}", "-o", str(out)]) == 2
    assert not out.exists() and "provenance writes no docx report" in capsys.readouterr().err
    assert main(["history", japan, adopted, "-o", str(tmp_path / "h.md")]) == 0


def test_series_with_nothing_to_group_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    # It said "give the texts (SOURCE ...) or --index FILE, not both" when given neither.
    assert main(["series"]) == 2
    err = capsys.readouterr().err
    assert "give the texts to group" in err and "not both" not in err


def test_a_missing_chart_library_stops_history_before_it_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The whole report was printed, then the command failed for want of matplotlib.
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    japan, adopted = str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")
    out = tmp_path / "h.txt"
    code = main(["history", japan, adopted, "-o", str(out), "--chart", str(tmp_path / "c.png")])
    assert code == 2 and not out.exists()
    captured = capsys.readouterr()
    assert "pip install 'resdiff[chart]'" in captured.err and not captured.out


def test_a_missing_parquet_library_stops_series_before_it_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    out = tmp_path / "s.html"
    code = main(["series", str(EXAMPLES), "-o", str(out), "--table", str(tmp_path / "t.parquet")])
    assert code == 2 and not out.exists()
    assert "pip install 'resdiff[parquet]'" in capsys.readouterr().err


def test_resdiff_json_given_as_a_draft_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A comparison report was read as a resolution ("[Chapter VII]", PP1 '"schema": ...').
    japan, adopted = str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")
    report = tmp_path / "c.json"
    assert main(["compare", japan, adopted, "-o", str(report)]) == 0
    assert main(["parse", str(report)]) == 2
    err = capsys.readouterr().err
    assert "a resdiff report (resdiff.comparison/10), not a draft" in err
    assert "Traceback" not in err
    saved = tmp_path / "d.json"
    saved.write_text(resdiff.parse(EXAMPLES / "japan-draft.txt").model_dump_json(), "utf-8")
    with pytest.raises(resdiff.ResdiffError, match="a draft saved as resdiff JSON"):
        resdiff.parse(saved)
    # Other JSON is not resdiff's: it is read as text, as before.
    other = tmp_path / "o.json"
    other.write_text('{"schema": "other/1"}\n', "utf-8")
    resdiff.parse(other)


def test_drafts_given_in_the_wrong_order_are_warned_of(
    capsys: pytest.CaptureFixture[str],
) -> None:
    japan, adopted = str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")
    assert main(["compare", adopted, japan]) == 0
    err = capsys.readouterr().err
    assert "dated before the old" in err and "7 July 2006" in err and "15 July 2006" in err
    assert main(["compare", japan, adopted]) == 0
    assert "dated before" not in capsys.readouterr().err


def test_changes_only_says_which_report_it_shortens(
    capsys: pytest.CaptureFixture[str],
) -> None:
    japan, adopted = str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")
    assert main(["compare", japan, adopted, "--changes-only", "--format", "json"]) == 0
    assert "shortens the text report only" in capsys.readouterr().err
    assert main(["compare", japan, adopted, "--changes-only"]) == 0
    assert "shortens" not in capsys.readouterr().err


@needs_corpus
def test_reports_on_two_adopted_resolutions_do_not_call_them_drafts() -> None:
    from resdiff.render import render

    cmp = resdiff.compare(
        CORPUS / "akn" / "S_RES_2587_2021.xml", CORPUS / "akn" / "S_RES_2618_2022.xml"
    )
    page = render(cmp, "html")
    assert "Comparison of adopted resolutions" in page
    assert "Comparison of draft resolutions" not in page
    drafts = resdiff.compare(EXAMPLES / "japan-draft.txt", EXAMPLES / "china-russia-draft.txt")
    assert "Comparison of draft resolutions" in render(drafts, "html")
    mixed = resdiff.compare(EXAMPLES / "japan-draft.txt", EXAMPLES / "adopted-compromise.txt")
    assert "Comparison of a draft and a resolution" in render(mixed, "html")


def test_a_measure_named_for_compliance_is_not_imposed_with_a_mode() -> None:
    # Libya, S/RES/2509 (2020) -> 2644 (2022): "Calls for full compliance ... with the arms
    # embargo" -> "demands full compliance ... with the arms embargo" was summarised as
    # "arms embargo: voluntary -> mandatory", for an embargo mandatory since 2011.
    lexicon = Lexicon.default()
    for text in (
        "Calls for full compliance by all Member States with the arms embargo;",
        "Expresses serious concern over continued violations of the arms embargo, demands "
        "full compliance by all Member States with the arms embargo;",
        "Urges all States to comply strictly with the travel ban;",
        # UNMISS 2021 -> 2022: the Council demands compliance with the obligations an
        # embargo in force sets; read as "arms embargo (mandatory)" added, it turned the
        # pair's direction to stronger on its own.
        "Demands that all Member States comply with their obligations to prevent the direct "
        "or indirect supply, sale or transfer of arms and related materiel of all types, "
        "including weapons and ammunition, to the territory of South Sudan as set out in "
        "resolution 2428 (2018);",
    ):
        hits = lexicon.measures_in(text)
        assert hits and all(h.mode is None for h in hits), text
    imposed = lexicon.measures_in(
        "Decides that all States shall prevent the supply of arms and related materiel "
        "(the arms embargo);"
    )
    assert [h.mode for h in imposed] == ["mandatory"]
    old = draft(["Calls for full compliance by all Member States with the arms embargo;"])
    new = draft(["Demands full compliance by all Member States with the arms embargo;"])
    cmp = resdiff.compare(old, new)
    assert not cmp.summary.measures_changed
    assert "operative verb strengthened: calls for → demands" in lines(cmp)


def test_text_pasted_from_a_un_pdf_compares_as_the_clean_text() -> None:
    # A copy of S/RES/1695 pasted from its PDF: a footnote mark glued to "(the Treaty)",
    # and page footers "2 06-43349" and "06-43349 3" (page and job number on one line)
    # read as text: PP10 and OP8 came out "reworded", the footer inside the footnote.
    clean = (EXAMPLES / "adopted-compromise.txt").read_text(encoding="utf-8")
    pasted = (
        clean.replace("(the Treaty) and", "(the Treaty)1 and")
        .replace(
            "\n\n     2.   Demands",
            "\n_______________\n1 United Nations, Treaty Series, vol. 729, No. 10485.\n"
            "2 06-43349\nS/RES/1695 (2006)\n\n     2.   Demands",
        )
        .rstrip("\n")
        + "\n06-43349 3\n"
    )
    assert pasted != clean and "(the Treaty)1" in pasted
    draft_ = resdiff.parse(pasted)
    assert [f.text for f in draft_.footnotes] == [
        "United Nations, Treaty Series, vol. 729, No. 10485."
    ]
    assert not [c for c in draft_.operative if "06-43349" in c.text]
    cmp = resdiff.compare(clean, pasted)
    assert {c.kind for c in cmp.changes} == {"unchanged"}
    # A figure glued to a bracket is a mark only as such: "(2021) 300 troops" is text.
    other = clean.replace("(the Treaty) and", "(the Treaty) 12 and")
    assert {c.kind for c in resdiff.compare(clean, other).changes} != {"unchanged"}


def test_an_ask_turned_into_its_contrary_is_a_key_change_not_a_rewording() -> None:
    # "Urges all parties not to obstruct" -> "to obstruct" came out "reworded", no shift.
    old = draft(
        [
            "Urges all parties not to obstruct humanitarian access;",
            "Decides that all States shall not supply arms to the group;",
            "Calls upon all parties to cooperate with the Mission;",
        ]
    )
    new = draft(
        [
            "Urges all parties to obstruct humanitarian access;",
            "Decides that all States shall supply arms to the group;",
            "Calls upon all parties not to cooperate with the Mission;",
        ]
    )
    cmp = resdiff.compare(old, new)
    by_ref = {c.new[0]: c for c in cmp.changes if c.new}
    for ref in ("OP1", "OP2", "OP3"):
        assert by_ref[ref].kind == "mixed", ref
        assert {s.direction for s in by_ref[ref].shifts if s.feature == "polarity"} == {
            "softer",
            "stronger",
        }
    assert "ask reversed, the old ask withdrawn: “not to obstruct humanitarian access”" in lines(
        cmp
    )
    assert "ask reversed, its contrary asked: “not to cooperate with the Mission”" in lines(cmp)
    assert {k.new for k in cmp.summary.key_changes} >= {("OP1",), ("OP2",)}
    # A reversal withdraws one ask and asks its contrary: it tips no balance by itself.
    assert cmp.summary.weight_softer == cmp.summary.weight_stronger


def test_not_in_an_idiom_or_a_life_cycle_is_no_reversal() -> None:
    old = draft(
        [
            "Calls upon all States to report, including but not limited to, the following;",
            "Decides not to renew the mandate of the Mission;",
            "Requests the Secretary-General to report not later than 30 June;",
        ]
    )
    new = draft(
        [
            "Calls upon all States to report, including but limited to, the following;",
            "Decides to renew the mandate of the Mission;",
            "Requests the Secretary-General to report later than 30 June;",
        ]
    )
    cmp = resdiff.compare(old, new)
    assert not [s for c in cmp.changes for s in c.shifts if s.feature == "polarity"]


def test_a_review_by_a_body_of_the_parties_is_no_reporting_interval() -> None:
    # UNFICYP 2022 OP6: "empower the Technical Committee on Gender Equality ... to review
    # implementation of the plan every six months" was key change 1, "reporting interval
    # added: every six months".
    lexicon = Lexicon.default()
    review = (
        "Urges the leaders to empower the Technical Committee on Gender Equality to review "
        "implementation of the plan every six months and provide recommendations;"
    )
    assert not [q for q in lexicon.quantities_in(review) if q.id == "reporting_interval"]
    for text in (
        "Requests the Secretary-General to report to the Council every 90 days;",
        "Requests the Secretary-General to provide, every six months, updates on progress;",
        "Requests the Secretary-General to keep the Council informed every three months;",
        "Requests the Secretary-General to brief the Council on a quarterly basis;",
    ):
        found = [q for q in lexicon.quantities_in(text) if q.id == "reporting_interval"]
        assert found, text


@needs_corpus
def test_the_same_verb_pairs_first_when_asks_are_recast() -> None:
    # UNFICYP 2022 OP6: the new "urges the leaders ... to ensure thorough and effective
    # implementation" was read as recasting the old "requests the Secretary-General to
    # include this action plan", leaving the old "urges the parties to explore ways"
    # removed, while the new text still urges.
    cmp = resdiff.compare(
        CORPUS / "akn" / "S_RES_2587_2021.xml", CORPUS / "akn" / "S_RES_2618_2022.xml"
    )
    change = next(c for c in cmp.changes if c.old == ("OP5",))
    told = [s.describe() for s in change.shifts]
    assert "operative verb kept, the ask in its place reworded: urges" in told
    assert "operative verb removed: urges" not in told
    assert not [t for t in told if "reporting interval" in t]


def test_a_text_that_is_no_resolution_is_said_to_be_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A shopping list (or /etc/services) parsed as PP1, OP1 ... and compared to a draft
    # gave "Chapter VII dropped ... Net direction: softer", with only paragraph warnings.
    shopping = tmp_path / "list.txt"
    shopping.write_text("Hello world.\n\nThis is a shopping list:\n\n1. eggs\n\n2. milk\n", "utf-8")
    codes = [w.code for w in resdiff.parse(shopping).warnings]
    assert codes.count("not-a-resolution") == 1
    from resdiff.analyze import reads_as_resolution

    assert not reads_as_resolution(resdiff.parse(shopping, analyze=False))
    bare_draft = "Recalling its resolutions,\n\n1. Decides to remain seized of the matter.\n"
    assert reads_as_resolution(resdiff.parse(bare_draft, analyze=False))
    assert reads_as_resolution(resdiff.parse(EXAMPLES / "japan-draft.txt", analyze=False))
    assert main(["compare", str(EXAMPLES / "japan-draft.txt"), str(shopping)]) == 0
    err = capsys.readouterr().err
    assert "list.txt: warning:" in err and "does not read as a resolution" in err
    # Real drafts, with or without their enacting formula, are resolutions.
    assert "not-a-resolution" not in [
        w.code for w in resdiff.parse(EXAMPLES / "japan-draft.txt").warnings
    ]
    bare = "Recalling its resolutions,\n\n1. Decides to remain seized of the matter.\n"
    assert "not-a-resolution" not in [w.code for w in resdiff.parse(bare).warnings]
    assert (
        main(
            ["compare", str(EXAMPLES / "japan-draft.txt"), str(EXAMPLES / "adopted-compromise.txt")]
        )
        == 0
    )
    assert "not read as a resolution" not in capsys.readouterr().err


def test_a_drawdown_a_later_text_does_not_restate_reads_as_not_restated() -> None:
    # UNIFIL 2020 -> 2021 old OP29: "measure or mandate no longer drawn down (not restated
    # by the later text: ...)" read as a drawdown reversed.
    from resdiff.classify.classifier import _WIND_DOWN_LEFT_OUT
    from resdiff.model import Shift

    shift = Shift(
        feature="lifecycle",
        old="drawn down",
        direction="neutral",
        ref="OP29",
        note=_WIND_DOWN_LEFT_OUT,
    )
    assert shift.describe() == (
        "measure or mandate drawn down by the old text, not restated (decided, done or "
        "overtaken, not reversed)"
    )


def test_drafts_in_two_languages_are_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    french = tmp_path / "fr.txt"
    french.write_text(
        "Le Conseil de sécurité,\n\n"
        "Réaffirmant ses résolutions antérieures sur la situation et la déclaration de son "
        "Président, et rappelant qu'il importe de maintenir la paix et la stabilité dans la "
        "région,\n\n"
        "1. Condamne les tirs de missiles balistiques effectués par le pays le 5 juillet;\n\n"
        "2. Décide de demeurer saisi de la question.\n",
        "utf-8",
    )
    assert main(["compare", str(EXAMPLES / "adopted-compromise.txt"), str(french)]) == 0
    assert "different languages (English, French)" in capsys.readouterr().err


def _adopted(symbol: str, date: str, operative: list[str]) -> str:
    ops = "\n\n".join(f"{k}. {text}" for k, text in enumerate(operative, 1))
    return (
        f"United Nations {symbol}\nSecurity Council Distr.: General\n{date}\n\n"
        f"Resolution {symbol.split('/')[-1]}\n\nThe Security Council,\n\n{PREAMBLE}\n\n{ops}\n"
    )


def test_a_later_text_that_maintains_a_reduced_ceiling_does_not_reverse_the_drawdown() -> None:
    # UNISFA 2021 -> 2022: "Decides to reduce the authorized troop ceiling ..." ->
    # "Decides to maintain the authorized troop ceiling ..." read "drawn down ->
    # maintained", stronger; the judges call it reworded: the reduced level is kept.
    old = _adopted(
        "S/RES/2609 (2021)",
        "15 November 2021",
        ["Decides to reduce the authorized troop ceiling of the Force to 3,250 personnel;"],
    )
    new = _adopted(
        "S/RES/2630 (2022)",
        "14 November 2022",
        ["Decides to maintain the authorized troop ceiling of the Force at 3,250 personnel;"],
    )
    change = resdiff.compare(old, new).change_for("OP1")
    cycle = [s for s in change.shifts if s.feature == "lifecycle"]
    assert cycle and all(s.direction == "neutral" for s in cycle)
    assert change.kind == "reworded"
    # In a revised draft of one text, keeping the ceiling in place of the cut still weighs.
    drafts = resdiff.compare(
        draft([old.split("1. ")[1].strip()]), draft([new.split("1. ")[1].strip()])
    )
    assert drafts.change_for("OP1").kind == "strengthened"


def test_a_later_text_that_keeps_every_measure_in_force_drops_none() -> None:
    # Southern Rhodesia, S/RES/232 (1966) -> 288 (1970): "Decides that the present
    # sanctions against Southern Rhodesia shall remain in force" was summarised as
    # "Measures dropped: commodity ...; arms embargo ...", and weighed softer.
    old = _adopted(
        "S/RES/232 (1966)",
        "16 December 1966",
        [
            "Decides that all States Members of the United Nations shall prevent the sale "
            "or supply of arms, ammunition of all types, military aircraft and military "
            "vehicles to the territory;",
            "Urges all States to comply with this resolution;",
        ],
    )
    new = _adopted(
        "S/RES/288 (1970)",
        "17 November 1970",
        [
            "Decides that the present sanctions against the territory shall remain in force;",
            "Urges all States to comply with this resolution;",
        ],
    )
    cmp = resdiff.compare(old, new)
    assert not cmp.summary.measures_dropped
    gone = [s for c in cmp.changes for s in c.shifts if s.feature == "measure"]
    assert gone and all(
        s.direction == "neutral" and "keeps the measures" in (s.note or "") for s in gone
    )
    # Without that paragraph the measure is dropped.
    bare = new.replace(
        "Decides that the present sanctions against the territory shall remain in force;",
        "Notes the situation;",
    )
    assert resdiff.compare(old, bare).summary.measures_dropped
    assert cmp.change_for("OP1").kind == "reworded"


def test_a_red_lines_check_that_checked_nothing_does_not_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "all 0 red lines hold, 2 not checked", exit 0, and a truthy result.
    from resdiff.negotiation.red_lines import check
    from resdiff.negotiation.red_lines.command import main_check

    spec = tmp_path / "rl.toml"
    spec.write_text(
        'delegation = "X"\n\n[[rule]]\nname = "no weakening"\ntype = "no_weakening"\n',
        "utf-8",
    )
    adopted = EXAMPLES / "adopted-compromise.txt"
    result = check(adopted, spec)
    assert not result.checked and not result.ok and not result
    assert main_check([str(adopted), "--red-lines", str(spec)]) == 2
    assert "no red line could be checked" in capsys.readouterr().out
    against = check(adopted, spec, base=EXAMPLES / "japan-draft.txt")
    assert against.checked and bool(against) == against.ok


def test_compare_shows_what_the_readers_warned_of(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A PDF page with no text layer warned in "parse" and was silent in "compare".
    gappy = tmp_path / "gappy.txt"
    gappy.write_text(
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Condemns the launches;\n\n"
        "3. Decides to remain seized of the matter.\n",
        "utf-8",
    )
    assert main(["compare", str(EXAMPLES / "japan-draft.txt"), str(gappy)]) == 0
    err = capsys.readouterr().err
    assert "gappy.txt: warning:" in err and "numbering" in err


ANNEXED = (
    "The Security Council,\n\nRecalling its resolutions,\n\n"
    "1. Decides that the measures shall apply to the individuals listed in the annex;\n\n"
    "2. Decides to remain seized of the matter.\n\n"
    "Annex\n\n"
    "Jimmy Cherizier has engaged in acts that threaten the peace. At least 71 people were "
    "killed.\n\n"
    "Other Name, a leader of the gang, is listed as well.\n"
)


def test_an_annex_that_moved_on_is_no_longer_reported_as_no_change() -> None:
    # Haiti, S/RES/2653 (2022): a name added to the annex and "71 people" -> "7 people"
    # gave "Key changes: none", "49 unchanged", "Net direction: neutral".
    from resdiff.render import render

    changed = ANNEXED.replace("At least 71 people", "At least 7 people").replace(
        "Jimmy Cherizier has", "Jimmy Cherizier and Vitel'homme Innocent have"
    )
    cmp = resdiff.compare(ANNEXED, changed)
    assert {c.kind for c in cmp.changes} == {"unchanged"}
    (annex,) = cmp.text_changes
    assert (annex.part, annex.title, annex.kind) == ("annex", "Annex", "changed")
    old_words = "".join(t for op, t in annex.redline if op <= 0)
    new_words = "".join(t for op, t in annex.redline if op >= 0)
    assert "71 people" in old_words and "7 people" in new_words and "Innocent" in new_words
    for fmt in ("text", "markdown", "html"):
        report = render(cmp, fmt)
        assert "Annexes and footnotes" in report and "Annex · changed" in report, fmt
        assert "Annex changed (named, not weighed)" in report, fmt
    assert "(2 lines unchanged)" in render(cmp, "text")  # the title and the other name
    # The direction stays the numbered paragraphs' own: an annex is named, not weighed.
    assert cmp.summary.direction == "neutral" and not cmp.summary.key_changes
    assert Comparison.model_validate_json(cmp.model_dump_json()) == cmp
    assert resdiff.compare(ANNEXED, ANNEXED).text_changes == ()
    gone = ANNEXED.split("Annex\n")[0]
    (dropped,) = resdiff.compare(ANNEXED, gone).text_changes
    assert dropped.kind == "dropped"


@needs_corpus
def test_a_real_annex_edit_is_shown(tmp_path: Path) -> None:
    source = CORPUS / "akn" / "S_RES_2653_2223898E.xml"
    edited = tmp_path / "2653.xml"
    edited.write_text(
        source.read_text(encoding="utf-8").replace("at least 71 people", "at least 7 people"),
        encoding="utf-8",
    )
    cmp = resdiff.compare(source, edited)
    assert [t.kind for t in cmp.text_changes] == ["changed"]
    assert "at least [-71-] {+7+} people" in " ".join(str(cmp).split())


def test_hidden_text_in_a_word_file_is_left_out_and_said() -> None:
    # A run formatted hidden ("[NOTE TO DELEGATES: ...]") was read into OP6.
    from resdiff.testing.wordfile import WordDocument

    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    doc.raw(
        '<w:p><w:r><w:t xml:space="preserve">1. Decides that all States shall freeze the '
        'assets</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [NOTE '
        "TO DELEGATES: US wants to add luxury goods here]</w:t></w:r><w:r><w:t>;</w:t></w:r>"
        "</w:p>"
    )
    doc.raw(
        '<w:p><w:r><w:t xml:space="preserve">2. Decides to remain seized of the </w:t></w:r>'
        '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>matter.</w:t></w:r></w:p>'
    )
    draft = resdiff.parse(doc.to_bytes(), format="docx")
    assert [c.text for c in draft.operative] == [
        "Decides that all States shall freeze the assets;",
        "Decides to remain seized of the matter.",
    ]
    (warning,) = [w for w in draft.warnings if w.code == "docx-hidden-text"]
    assert "NOTE TO DELEGATES" in warning.message and "1 run(s)" in warning.message


def test_a_qualifier_is_quoted_as_printed_with_its_entry_in_closed_brackets() -> None:
    # S/RES/666 -> 670 (1990): "exemption removed: “with the exception of”", words neither
    # text holds (the text says "except"); and "hedge removed: “to explore ways” (“explore”"
    # left its bracket open. The entry is said as what the words are a form of: nested
    # quotation marks read as a glitch (an expert's trial, 4 December 2026).
    from resdiff.model import Shift

    shift = Shift(feature="exemption", old="except” (“with the exception of", direction="stronger")
    assert shift.describe() == "exemption removed: “except” (a form of “with the exception of”)"
    old = draft(
        ["Decides that the measures shall apply, except in humanitarian circumstances, to food;"]
    )
    new = draft(["Decides that the measures shall apply to food;"])
    told = lines(resdiff.compare(old, new))
    assert "exemption removed: “except” (a form of “with the exception of”)" in told


def test_paragraphs_inserted_as_bis_and_ter_are_paragraphs_of_their_own() -> None:
    # "1 bis." was glued onto OP1 ("item added (reach widened): 1 bis. Decides further
    # ..."), and "3 ter." swallowed into a sub-paragraph.
    old = draft(
        [
            "Decides to act;",
            "Requests the Secretary-General to report;",
            "Decides that all States shall prevent:",
        ]
    ).replace(
        "3. Decides that all States shall prevent:",
        "3. Decides that all States shall prevent:\n(a) arms;\n\n(b) ammunition;",
    )
    new = (
        old.replace(
            "\n\n2. Requests",
            "\n\n1 bis. Decides further that all Member States shall freeze the assets;\n\n"
            "2. Requests",
        ).replace(
            "\n\n3. Decides",
            "\n\n2bis. Authorizes Member States to use all necessary means;\n\n3. Decides",
        )
        + "\n3 ter. Calls upon all States to report on the measures;\n"
    )
    doc = resdiff.parse(new)
    assert [c.ref for c in doc.operative] == ["OP1", "OP1bis", "OP2", "OP2bis", "OP3", "OP3ter"]
    assert doc.clause("OP1bis").label == "1 bis."
    assert not [w for w in doc.warnings if w.code.startswith("numbering")]
    cmp = resdiff.compare(old, new)
    added = [c.new for c in cmp.changes if c.kind == "added"]
    assert added == [("OP1bis",), ("OP2bis",), ("OP3ter",)]
    assert {c.kind for c in cmp.changes if c.kind != "added"} == {"unchanged"}


def test_a_negation_outside_the_ask_is_no_reversal() -> None:
    # A stranger's review: a relative clause's "not" read as the ask reversed.
    old = draft(
        [
            "Calls upon all States that have not ratified the Convention to do so;",
            "Requests the Secretary-General to report on whether the parties have not complied;",
            "Urges all parties not to obstruct humanitarian access and to cooperate;",
        ]
    )
    new = draft(
        [
            "Calls upon all States that have ratified the Convention to do so;",
            "Requests the Secretary-General to report on whether the parties have complied;",
            "Urges all parties to obstruct humanitarian access and to cooperate fully;",
        ]
    )
    cmp = resdiff.compare(old, new)
    assert not [s for c in cmp.changes for s in c.shifts if s.feature == "polarity"]


def test_second_review_fixes() -> None:
    """A stranger's review of the session's changes: each case it showed."""
    import io

    from rich.console import Console

    from resdiff.render.terminal import print_comparison
    from resdiff.testing.wordfile import WordDocument

    # "Maintain ... measures" in a peacekeeping paragraph keeps no sanctions in force.
    old = _adopted(
        "S/RES/2600 (2021)",
        "15 November 2021",
        [
            "Decides that all States shall prevent the sale or supply of arms, ammunition "
            "of all types, military aircraft and military vehicles to the territory;"
        ],
    )
    new = _adopted(
        "S/RES/2650 (2022)",
        "15 November 2022",
        ["Requests the Mission to continue to take all necessary measures to protect civilians;"],
    )
    assert resdiff.compare(old, new).summary.measures_dropped
    # A reporting interval in a letter to the Council, or a list circulated.
    lexicon = Lexicon.default()
    for text in (
        "Requests the Secretary-General to provide every six months the Security Council "
        "with a letter;",
        "Requests the Team to circulate to the Committee every twelve months a list;",
    ):
        assert [q for q in lexicon.quantities_in(text) if q.id == "reporting_interval"], text
    # The colour terminal report shows annexes too.
    cmp = resdiff.compare(ANNEXED, ANNEXED.replace("At least 71", "At least 7"))
    buf = io.StringIO()
    print_comparison(cmp, Console(file=buf, width=100))
    assert "Annex · changed" in buf.getvalue() and "Annexes, footnotes" in buf.getvalue()
    # "1 bis." in Markdown as in plain text.
    md = "The Security Council,\n\nRecalling,\n\n1. Decides to act;\n\n1 bis. Decides to wait;\n"
    assert [c.ref for c in resdiff.parse(md, format="markdown").operative] == ["OP1", "OP1bis"]
    # Text hidden through a character style is hidden too.
    doc = WordDocument()
    doc.paragraph("The Security Council,")
    doc.paragraph("Recalling its previous resolutions,")
    doc.raw(
        '<w:p><w:r><w:t xml:space="preserve">1. Decides to act</w:t></w:r><w:r><w:rPr>'
        '<w:rStyle w:val="Secret"/></w:rPr><w:t xml:space="preserve"> [NOTE]</w:t></w:r>'
        "<w:r><w:t>.</w:t></w:r></w:p>"
    )
    data = doc.to_bytes()
    import zipfile

    parts = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            parts[name] = z.read(name)
    styles = (
        parts["word/styles.xml"]
        .decode("utf-8")
        .replace(
            "</w:styles>",
            '<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/>'
            "<w:rPr><w:vanish/></w:rPr></w:style></w:styles>",
        )
    )
    parts["word/styles.xml"] = styles.encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, body in parts.items():
            z.writestr(name, body)
    draft_ = resdiff.parse(out.getvalue(), format="docx")
    assert draft_.operative[0].text == "Decides to act."


def test_histories_and_lineages_of_version_1_still_read() -> None:
    # Version 2 holds comparisons of version 5, version 3 revisions with their disputed
    # flags; a file of version 1 reads as it is.
    import json

    from resdiff.history import History, history

    h = history([EXAMPLES / "japan-draft.txt", EXAMPLES / "adopted-compromise.txt"])
    data = json.loads(h.model_dump_json())
    assert data["schema"] == "resdiff.history/5"
    data["schema"] = "resdiff.history/1"
    for revision in data["revisions"]:
        del revision["disputed"]
    for comparison in data["comparisons"]:
        comparison["schema"] = "resdiff.comparison/4"
        del comparison["text_changes"]
    assert History.model_validate(data) == h


def test_a_count_of_the_dead_is_not_a_personnel_ceiling() -> None:
    # UNMISS 2021 -> 2022 PP: "attacks ... that resulted in the deaths of at least 116
    # personnel" -> "131 personnel" was "personnel ceiling: 116 -> 131 (stronger)".
    lexicon = Lexicon.default()

    def ceilings(text: str) -> list[str]:
        return [q.value for q in lexicon.quantities_in(text) if q.id == "personnel_ceiling"]

    assert not ceilings(
        "Strongly condemning all attacks against humanitarian personnel and facilities "
        "that resulted in the deaths of at least 131 personnel since December 2013,"
    )
    assert not ceilings(
        "Welcomes the decision of the Secretary-General to support the peace efforts of "
        "the Organization of African Unity by putting two military experts at its disposal;"
    )
    # What the Council authorises, deploys or sends still is.
    assert ceilings(
        "Decides that MONUSCO's authorised troop ceiling will comprise 13,500 military "
        "personnel, 660 military observers and staff officers, 591 police personnel;"
    ) == ["13,500", "660", "591"]
    assert ceilings(
        "Decides that MINUSCA shall continue to comprise up to 14,400 military personnel, "
        "including 580 Military Observers and Military Staff Officers, and 3,020 police "
        "personnel, including 600 Individual Police Officers and 2,420 formed police unit "
        "personnel;"
    ) == ["14,400", "580", "3,020", "600", "2,420"]
    assert ceilings(
        "Approves the dispatch as soon as possible of an advance team of not more than 30 "
        "personnel;"
    ) == ["30"]


def test_censure_stands_between_deploring_and_condemning() -> None:
    # S/RES/228 (1966) -> 248 (1968): "Censures Israel for this large-scale military
    # action" -> "Condemns the military action" was reworded: "censures" was no verb.
    old = "The Security Council,\n\n1. Censures Israel for this large-scale military action;\n"
    new = "The Security Council,\n\n1. Condemns Israel for this large-scale military action;\n"
    softer = "The Security Council,\n\n1. Deplores this large-scale military action;\n"
    assert resdiff.compare(old, new).changes[0].kind == "strengthened"
    assert resdiff.compare(old, softer).changes[0].kind == "softened"


def test_a_deadline_not_later_than_hours_from_now_is_a_deadline() -> None:
    lexicon = Lexicon.default()
    found = [
        (q.id, q.value)
        for q in lexicon.quantities_in(
            "Demands an immediate cease-fire not later than four hours from now;"
        )
    ]
    assert ("deadline", "four") in found


_LIST_HEAD = (
    "The Security Council,\n\n1. Decides that all Member States shall take the necessary "
    "measures to prevent the supply of arms and related materiel to the CAR, and further "
    "decides that these measures shall not apply to:\n"
    "(a) Supplies intended solely for the support of or use by MINUSCA, as notified to the "
    "Committee;\n"
)
_TAIL = (
    ", and provision of related assistance, to the CAR security forces, including state "
    "civilian law enforcement institutions, and intended solely for support of or use in "
    "the CAR process of SSR, as "
)
_CAR_OLD = (
    _LIST_HEAD
    + "(b) Supplies brought into the CAR by Chadian or Sudanese forces solely for their use "
    "in international patrols of the tripartite force, as approved in advance by the "
    "Committee;\n"
    "(c) Supplies of weapons with a calibre of 14.5 mm or less, and ammunition specially "
    "designed for such weapons, and of mortars with a calibre of 60 mm and 82 mm"
    + _TAIL
    + "notified in advance to the Committee;\n"
    "(d) Supplies of arms and other related lethal equipment that are not listed in "
    "paragraph 1 (c) of this resolution" + _TAIL + "approved in advance by the Committee; or\n"
    "(e) Other sales or supply of arms and related materiel, as approved in advance by the "
    "Committee;\n"
)
_CAR_NEW = (
    _LIST_HEAD
    + "(b) Supplies brought into the CAR by Chadian or Sudanese forces solely for their use "
    "in international patrols of the tripartite force, as notified to the Committee;\n"
    "(c) Supplies of weapons and ammunition, military vehicles and equipment"
    + _TAIL
    + "notified to the Committee; or\n"
    "(d) Other sales or supply of arms and related materiel, as approved in advance by the "
    "Committee;\n"
)


def test_an_exemption_folded_into_a_sibling_is_not_removed() -> None:
    # CAR sanctions, S/RES/2588 (2021) -> 2648 (2022), read by an expert: old (g) (small
    # calibres, notified) went while old (h), "arms ... not listed in paragraph 1 (g)",
    # became "weapons and ammunition, military vehicles and equipment": (g) was folded
    # into it. The report said "exemption removed" (stronger, the heaviest weight of the
    # pair) and called the paragraph mixed; every move in it eases the embargo.
    cmp = resdiff.compare(_CAR_OLD, _CAR_NEW)
    op1 = cmp.changes[0]
    assert op1.kind == "softened"
    (gone,) = [c for c in op1.children if c.kind == "dropped"]
    assert not [s for s in gone.shifts if s.direction != "neutral"]
    assert any("folded into new OP1(c)" in (s.note or "") for s in gone.shifts)
    # The same shift told of two items is one line of the key change.
    key = cmp.summary.key_changes[0]
    told = [describe_shift(s) for s in key.shifts]
    assert len(told) == len(set(told))


def test_a_hedge_made_across_the_edge_of_new_words_came_with_them() -> None:
    # MINUSCA 2021 -> 2022: "... mine-protected vehicles needed under the current Force
    # requirements" -> "... requiring contingents deploy equipment as needed under the
    # current Force requirements": the "as needed" came with the new clause.
    old = (
        "The Security Council,\n\n1. Requests MINUSCA to continue, including providing "
        "training, knowledge and equipment to counter explosive devices, including "
        "enhanced support to troop-contributing countries to deploy the environment "
        "specific mine-protected vehicles needed under the current Force requirements;\n"
    )
    new = (
        "The Security Council,\n\n1. Requests MINUSCA to continue, including to verify "
        "that contingents are trained and equipped to counter explosive devices as per UN "
        "standards, to ensure remedial action, capturing lessons learned, and requiring "
        "contingents deploy equipment as needed under the current Force requirements;\n"
    )
    shifts = [s for c in resdiff.compare(old, new).changes for s in c.shifts]
    assert not [s for s in shifts if s.feature == "hedge" and s.direction != "neutral"]


def test_a_date_given_its_year_is_not_a_date_moved() -> None:
    close = ",\n\n1. Decides to remain seized of the matter.\n"
    old = "The Security Council,\n\nRecalling the roadmap adopted on 16 September" + close
    new = "The Security Council,\n\nRecalling the roadmap adopted on 16 September 2021" + close
    shifts = [s for c in resdiff.compare(old, new).changes for s in c.shifts]
    assert not [s for s in shifts if s.feature == "date"]


def test_a_label_cited_from_another_resolution_folds_nothing_in() -> None:
    # A stranger's review: "(c)" in "paragraph 5 (c) of resolution 2262 (2016)" made the
    # dropped item (c) of this list "folded into" (b), and the pair's direction neutral.
    old = (
        _LIST_HEAD + "(b) Supplies of non-lethal equipment, other than the items referred to in "
        "paragraph 5 (c) of resolution 2262 (2016), as notified to the Committee;\n"
        "(c) Supplies of protective clothing, including flak jackets and military helmets, "
        "temporarily exported to the CAR by United Nations personnel;\n"
    )
    new = (
        _LIST_HEAD + "(b) Supplies of non-lethal equipment, other than the items referred to in "
        "paragraph 5 (d) of resolution 2262 (2016), as notified to the Committee;\n"
    )
    cmp = resdiff.compare(old, new)
    (gone,) = [c for c in cmp.changes[0].children if c.kind == "dropped"]
    assert [s.direction for s in gone.shifts if s.feature == "exemption"] == ["stronger"]
    assert not any("folded" in (s.note or "") for s in gone.shifts)


def test_a_count_of_troops_killed_is_no_ceiling_whatever_its_words() -> None:
    # A stranger's review: "troop" stood in the match itself, "authori" matched
    # "authorities" and "level" "a high level of violence".
    lexicon = Lexicon.default()
    for text in (
        "Condemns the attacks on the Mission in which 11 troops were killed;",
        "Condemns the killing of 116 personnel and calls on the authorities to investigate;",
        "Notes with concern the high level of violence that killed 40 peacekeepers;",
    ):
        assert not [q for q in lexicon.quantities_in(text) if q.id == "personnel_ceiling"], text


def test_force_named_as_such_or_delegated_or_restated_is_force() -> None:
    # An expert's reading of 1992-1993 pairs: "Use of force: absent" beside S/RES/836's
    # "the necessary measures, including the use of force" and "all necessary measures,
    # through the use of air power", S/RES/770's "take nationally or through regional
    # agencies or arrangements all measures necessary"; S/RES/844's "Reaffirms its
    # decision in paragraph 10 of resolution 836 (1993) on the use of air power" read as
    # force dropped.
    for text in (
        "Authorizes UNPROFOR, in carrying out the mandate, acting in self-defence, to take "
        "the necessary measures, including the use of force, in reply to bombardments;",
        "Decides that Member States may take all necessary measures, through the use of air "
        "power, in and around the safe areas;",
        "Calls upon States to take nationally or through regional agencies or arrangements "
        "all measures necessary to facilitate the delivery of humanitarian assistance;",
        "Reaffirms its decision in paragraph 10 of resolution 836 (1993) on the use of air "
        "power, in and around the safe areas;",
    ):
        assert resdiff.parse(f"The Security Council,\n\n1. {text}\n").use_of_force, text
    # An ordinary call is no force.
    ordinary = (
        "The Security Council,\n\n1. Calls upon States to take all measures necessary to "
        "prevent the supply of arms;\n"
    )
    assert not resdiff.parse(ordinary).use_of_force


def test_a_situation_recognized_as_a_threat_is_an_article_39_finding() -> None:
    found = resdiff.parse(
        "The Security Council,\n\nRecognizing that the situation in Bosnia and Herzegovina "
        "constitutes a threat to international peace and security,\n\n1. Decides to act.\n"
    )
    assert found.art39
    thematic = resdiff.parse(
        "The Security Council,\n\nRecognizing that the proliferation of weapons constitutes "
        "a threat to international peace and security,\n\n1. Decides to act.\n"
    )
    assert not thematic.art39


def test_to_that_end_the_mandate_ends_nothing() -> None:
    # S/RES/836 (1993): "Decides to extend to that end the mandate of UNPROFOR" was read
    # as "measure or mandate terminated" (weight 25, softer).
    old = "The Security Council,\n\n1. Decides to remain seized of the matter.\n"
    new = (
        "The Security Council,\n\n1. Decides to extend to that end the mandate of UNPROFOR in "
        "order to enable it to deter attacks against the safe areas;\n\n"
        "2. Decides to remain seized of the matter.\n"
    )
    shifts = [s for c in resdiff.compare(old, new).changes for x in c.walk() for s in x.shifts]
    assert not [s for s in shifts if s.feature == "lifecycle" and s.direction == "softer"]
