"""Red lines: the TOML spec, its validation (file, line, key in every error), the
checks on the 2006 drafts, and ``resdiff check`` exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import resdiff
from resdiff.errors import SpecError
from resdiff.model import Draft
from resdiff.negotiation.red_lines import (
    ChapterVIIRule,
    CheckResult,
    MinStrengthRule,
    ParagraphSelector,
    RedLines,
    check,
    load_red_lines,
    main_check,
)

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "dprk-2006"
SPECS = ROOT / "examples" / "red-lines"
JAPAN = EXAMPLES / "japan-draft.txt"
RIVAL = EXAMPLES / "china-russia-draft.txt"
ADOPTED = EXAMPLES / "adopted-compromise.txt"

SPEC = """\
delegation = "Test"

[[rule]]
name = "Chapter VII must stay"
type = "chapter_vii"

[[rule]]
name = "Condemnation of the launches"
type = "min_strength"
paragraph = { contains = "launches", section = "operative" }
axis = "censure"
at_least = "condemns"

[[rule]]
name = "Transfer ban stays mandatory"
type = "measure_mode"
measure = "wmd_missile"
mode = "mandatory"

[[rule]]
name = "No vigilance language"
type = "forbidden_phrase"
phrase = "exercise vigilance"

[[rule]]
name = "Nothing demoted to the preamble"
type = "no_demotion"

[[rule]]
name = "No operative weakening"
type = "no_weakening"
section = "operative"
"""


@pytest.fixture(scope="module")
def adopted() -> Draft:
    return resdiff.parse(ADOPTED)


# ----------------------------------------------------------------------- loading


def test_spec_loads() -> None:
    spec = RedLines.from_toml(SPEC, name="test.toml")
    assert spec.delegation == "Test"
    assert [r.type for r in spec.rules] == [
        "chapter_vii",
        "min_strength",
        "measure_mode",
        "forbidden_phrase",
        "no_demotion",
        "no_weakening",
    ]
    assert spec.lines == (3, 7, 14, 20, 25, 29)
    assert spec.source == "test.toml"


def test_example_specs_load() -> None:
    for path in sorted(SPECS.glob("*.toml")):
        assert RedLines.load(path).rules, path


def _error(text: str) -> SpecError:
    with pytest.raises(SpecError) as err:
        RedLines.from_toml(text, name="spec.toml")
    return err.value


def test_unknown_rule_type_names_line_and_key() -> None:
    err = _error(SPEC.replace('type = "forbidden_phrase"', 'type = "forbidden"'))
    assert err.path == "spec.toml" and err.line == 22
    assert 'rule 4 ("No vigilance language"): type: unknown rule type "forbidden"' in str(err)
    assert str(err).startswith("spec.toml:22: ")


def test_unknown_key() -> None:
    err = _error(SPEC.replace("at_least = ", "at_leest = "))
    assert err.line == 12
    assert 'unknown key "at_leest" for a min_strength rule' in str(err)
    assert "known keys: type, name, note, paragraph, axis, at_least" in str(err)


def test_unknown_paragraph_key() -> None:
    err = _error(SPEC.replace("{ contains =", "{ contain ="))
    assert err.line == 10
    assert 'paragraph: unknown key "contain" (known keys: ref, contains, section)' in str(err)


def test_unknown_verb() -> None:
    err = _error(SPEC.replace('at_least = "condemns"', 'at_least = "condems"'))
    assert err.line == 12
    assert 'at_least: unknown verb or phrase "condems" (not in the lexicon)' in str(err)


def test_verb_on_the_wrong_axis() -> None:
    err = _error(SPEC.replace('axis = "censure"', 'axis = "force"'))
    assert 'at_least: "condemns" has no tier on the force axis (it ranks on censure)' in str(err)


def test_tier_number_out_of_range() -> None:
    err = _error(SPEC.replace('at_least = "condemns"', "at_least = 9"))
    assert "a censure tier must be between 1 and 7" in str(err)


def test_unknown_measure() -> None:
    err = _error(SPEC.replace('measure = "wmd_missile"', 'measure = "transfer_ban"'))
    assert err.line == 17
    assert 'measure: unknown measure "transfer_ban"' in str(err)
    assert "wmd_missile" in str(err)


def test_measure_by_label() -> None:
    spec = RedLines.from_toml(SPEC.replace('"wmd_missile"', '"WMD / missile items"'))
    assert spec.rules[2].type == "measure_mode"


def test_bad_mode_and_missing_keys() -> None:
    err = _error(SPEC.replace('mode = "mandatory"', 'mode = "compulsory"'))
    assert err.line == 18 and "mode:" in str(err)
    err = _error(SPEC.replace('phrase = "exercise vigilance"\n', ""))
    assert "phrase is required for a forbidden_phrase rule" in str(err)
    err = _error('[[rule]]\ntype = "no_demotion"\n')
    assert err.line == 1 and "rule 1: name is required" in str(err)
    err = _error('[[rule]]\nname = "x"\n')
    assert "type is required" in str(err)


def test_selector_needs_one_way() -> None:
    err = _error(SPEC.replace('{ contains = "launches"', '{ ref = "OP1", contains = "launches"'))
    assert "give exactly one of ref and contains" in str(err)


def test_bad_toml_and_layout() -> None:
    err = _error('[[rule]]\nname = "x"\ntype = "no_weakening"; section = "operative"\n')
    assert err.line == 3 and err.column is not None and "invalid TOML" in str(err)
    err = _error('foo = 1\n[[rule]]\nname = "x"\ntype = "no_demotion"\n')
    assert err.line == 1 and 'unknown key "foo"' in str(err)
    err = _error('[rule]\nname = "x"\n')
    assert err.line == 1 and "[[rule]]" in str(err)
    err = _error('delegation = "x"\n')
    assert "no red lines" in str(err)


def test_missing_file() -> None:
    with pytest.raises(SpecError, match="red-lines file not found"):
        RedLines.load("no/such/file.toml")


def test_load_red_lines_tells_text_from_path(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    path.write_text(SPEC, encoding="utf-8")
    assert load_red_lines(str(path)).source == str(path)
    assert load_red_lines(SPEC).source == "<red-lines>"
    model = RedLines.from_toml(SPEC)
    assert load_red_lines(model) is model


def test_model_built_in_code_is_validated() -> None:
    rules = RedLines(
        rules=(
            MinStrengthRule(
                type="min_strength",
                name="x",
                paragraph=ParagraphSelector(ref="OP1"),
                axis="censure",
                at_least="scolds",
            ),
        )
    )
    with pytest.raises(SpecError, match='unknown verb or phrase "scolds"'):
        check(JAPAN, rules)


# ------------------------------------------------------------------------ checks


def test_adopted_against_japan_draft(adopted: Draft) -> None:
    result = check(adopted, SPEC, base=JAPAN)
    assert isinstance(result, CheckResult)
    # The reconstructed Japan-led draft has no symbol: it is named by its file.
    assert result.draft == "S/RES/1695 (2006)" and result.base == "japan-draft.txt"
    status = {r.name: r.status for r in result.results}
    assert status == {
        "Chapter VII must stay": "fail",
        "Condemnation of the launches": "pass",
        "Transfer ban stays mandatory": "pass",
        "No vigilance language": "fail",
        "Nothing demoted to the preamble": "pass",
        "No operative weakening": "fail",
    }
    assert not result.ok and result.exit_code == 1
    condemn = result.result("Condemnation of the launches")
    assert condemn.evidence[0].ref == "OP1"
    assert condemn.evidence[0].found == "condemns (censure 5)"
    assert condemn.evidence[0].required == "at least condemns (censure 5)"
    vigilance = result.result("No vigilance language")
    assert [e.ref for e in vigilance.evidence] == ["OP3", "OP4"]
    assert "exercise vigilance" in (vigilance.evidence[0].excerpt or "")
    weakening = result.result("No operative weakening")
    assert "OP4 → OP3 softened" in weakening.message
    chapter = result.result("Chapter VII must stay")
    assert "does not act under Chapter VII (dropped since japan-draft.txt)" in chapter.message
    assert (chapter.evidence[0].excerpt or "").startswith("Acting under its special")
    report = result.report()
    assert "FAIL  Chapter VII must stay" in report
    assert "PASS  Condemnation of the launches" in report
    assert "3 of 6 red lines broken, 3 hold." in report


def test_without_base_the_comparison_rules_are_skipped() -> None:
    result = check(JAPAN, SPEC)
    assert result.ok
    assert [r.name for r in result.skipped] == [
        "Nothing demoted to the preamble",
        "No operative weakening",
    ]
    assert "2 not checked" in str(result)


def test_rival_draft_breaks_japan_lines() -> None:
    result = check(RIVAL, SPEC)
    condemn = result.result("Condemnation of the launches")
    assert condemn.status == "fail"
    assert "strongly deplores (censure 4) falls short of condemns (censure 5)" in condemn.message
    ban = result.result("Transfer ban stays mandatory")
    assert ban.status == "fail" and "hortatory" in ban.message


def test_a_comparison_can_be_checked(adopted: Draft) -> None:
    cmp = resdiff.compare(JAPAN, adopted)
    direct = check(adopted, SPEC, base=JAPAN)
    via = check(cmp, SPEC)
    assert [r.status for r in via.results] == [r.status for r in direct.results]
    assert via.base == "japan-draft.txt"


def test_min_strength_by_ref_and_missing_paragraph() -> None:
    text = """
[[rule]]
name = "OP2 demands"
type = "min_strength"
paragraph = { ref = "OP2" }
axis = "force"
at_least = "demands"

[[rule]]
name = "A sanctions paragraph"
type = "min_strength"
paragraph = { contains = "sanctions committee" }
axis = "force"
at_least = 6
"""
    result = check(RIVAL, text)
    first, second = result.results
    assert first.status == "fail" and "calls upon (force 4) falls short of demands" in first.message
    assert second.status == "fail" and "no paragraph found" in second.message


def test_max_strength_and_measure_caps() -> None:
    text = (SPECS / "china-russia.toml").read_text(encoding="utf-8")
    assert check(RIVAL, text).ok
    result = check(JAPAN, text)
    assert not result.passed
    mandatory = result.result("No mandatory measures")
    assert {e.ref for e in mandatory.evidence} == {"OP4", "OP5", "OP6"}


def test_chapter_vii_rule_in_code() -> None:
    spec = RedLines(rules=(ChapterVIIRule(type="chapter_vii", name="no VII", present=False),))
    assert check(RIVAL, spec).ok
    assert not check(JAPAN, spec).ok


def test_json_round_trip() -> None:
    result = check(JAPAN, SPEC)
    assert CheckResult.model_validate_json(result.model_dump_json()) == result


# ---------------------------------------------------------------------- the CLI


def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "japan.toml"
    spec.write_text(SPEC, encoding="utf-8")
    assert main_check([str(JAPAN), "--red-lines", str(spec)]) == 0
    out = capsys.readouterr().out
    assert "all 4 red lines checked hold, 2 not checked" in out
    assert main_check([str(ADOPTED), "--against", str(JAPAN), "--red-lines", str(spec)]) == 1
    assert "FAIL  Chapter VII must stay" in capsys.readouterr().out
    bad = tmp_path / "bad.toml"
    bad.write_text(SPEC.replace('"condemns"', '"condems"'), encoding="utf-8")
    assert main_check([str(JAPAN), "--red-lines", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"resdiff: error: {bad}:12: ")
    assert main_check([str(tmp_path / "missing.txt"), "--red-lines", str(spec)]) == 2
    assert "missing.txt" in capsys.readouterr().err
    assert main_check([str(JAPAN)]) == 2  # --red-lines is required
    capsys.readouterr()


def test_cli_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "japan.toml"
    spec.write_text(SPEC, encoding="utf-8")
    assert main_check([str(RIVAL), "--red-lines", str(spec), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["draft"] == "china-russia-draft.txt"
    assert [r["status"] for r in data["results"]][:2] == ["fail", "fail"]


# --- A delegation's legal adviser's findings: red lines that passed violating drafts ---

EMBARGO_SPEC = """\
[[rule]]
name = "Arms embargo stays mandatory"
type = "measure_mode"
measure = "arms_embargo"
mode = "mandatory"

[[rule]]
name = "No weakening anywhere"
type = "no_weakening"
section = "all"
"""

EMBARGO = """The Security Council,

Acting under Chapter VII of the Charter of the United Nations,

1. Decides that all Member States shall prevent the supply, sale or transfer to the CAR of arms and related materiel of all types;  # noqa: E501

2. Decides to remain seized of the matter.
"""  # noqa: E501 (drafts are pasted with long lines)


def _embargo(op1: str) -> str:
    (line,) = [p for p in EMBARGO.split("\n\n") if p.startswith("1. ")]
    return EMBARGO.replace(line, op1)


def test_a_sunset_or_an_exemption_added_in_a_paragraph_of_its_own_is_a_weakening() -> None:
    spec = RedLines.from_toml(EMBARGO_SPEC)
    sunset = EMBARGO.replace(
        "2. Decides to remain",
        "2. Decides that the measures imposed by paragraph 1 shall terminate on 31 January "
        "2023;\n\n3. Decides that the measures imposed by paragraph 1 shall not apply to "
        "supplies to the CAR security forces;\n\n4. Decides to remain",
    )
    result = check(resdiff.parse(sunset), spec, base=resdiff.parse(EMBARGO))
    weakening = result.result("No weakening anywhere")
    assert weakening.status == "fail"
    assert "new OP2" in weakening.message and "new OP3" in weakening.message
    # A paragraph added that asks more is no weakening.
    more = EMBARGO.replace(
        "2. Decides to remain",
        "2. Demands that all parties cease hostilities;\n\n3. Decides to remain",
    )
    assert check(resdiff.parse(more), spec, base=resdiff.parse(EMBARGO)).ok


@pytest.mark.parametrize(
    "op1",
    [
        "1. Decides to lift, with immediate effect, the arms embargo imposed by paragraph 54 "
        "of resolution 2127 (2013);",
        "1. Decides that all Member States should take the necessary measures to prevent the "
        "supply, sale or transfer to the CAR of arms and related materiel of all types, and "
        "further decides that these measures shall not apply to:\n\n(a) Supplies intended "
        "solely for the support of or use by MINUSCA;\n\n(b) Other sales or supply of arms and "
        "related materiel, as approved in advance by the Committee;",
        "1. Decides that all Member States shall, on a voluntary basis, prevent the supply, "
        "sale or transfer to the CAR of arms and related materiel of all types;",
        "1. Decides to remain informed;",
    ],
    ids=["lifted", "should-with-exemption-items", "voluntary-basis", "recital-only"],
)
def test_a_measure_lifted_recalled_exempted_or_voluntary_is_not_kept_mandatory(op1: str) -> None:
    """The measure counts where the operative part imposes or keeps it: not where it is
    lifted, nor in a recital that recalls it, nor in an item of a list of exemptions, and
    "on a voluntary basis" makes it voluntary (each passed as "mandatory")."""
    text = _embargo(op1)
    if op1.startswith("1. Decides to remain informed"):
        text = text.replace(
            "Acting under Chapter VII",
            "Recalling its decision in resolution 2127 (2013) that all Member States shall "
            "prevent the supply, sale or transfer to the CAR of arms and related materiel,\n\n"
            "Acting under Chapter VII",
        )
    spec = RedLines.from_toml(EMBARGO_SPEC)
    assert check(resdiff.parse(text), spec).result("Arms embargo stays mandatory").status == "fail"
    assert check(resdiff.parse(EMBARGO), spec).result("Arms embargo stays mandatory").ok


@pytest.mark.parametrize("modal", ["may", "should"])
def test_a_decision_under_a_weaker_modal_is_not_a_binding_decision(modal: str) -> None:
    spec = RedLines.from_toml(
        '[[rule]]\nname = "Binding"\ntype = "min_strength"\n'
        'paragraph = { contains = "supply", section = "operative" }\naxis = "force"\n'
        'at_least = "decides"\n'
    )
    weak = EMBARGO.replace("Member States shall prevent", f"Member States {modal} prevent")
    assert check(resdiff.parse(weak), spec).result("Binding").status == "fail"
    assert check(resdiff.parse(EMBARGO), spec).result("Binding").ok


def test_phrases_are_read_as_agreed_and_in_notes_footnotes_and_annexes_as_they_stand() -> None:
    """A required phrase is not held by a drafter's note that says it was deleted nor by a
    later alternative; a forbidden one is found in any alternative, in a footnote and in
    an annex; the check lists what the text has not settled."""
    spec = RedLines.from_toml(
        '[[rule]]\nname = "Without precondition"\ntype = "required_phrase"\n'
        'phrase = "without precondition"\n\n'
        '[[rule]]\nname = "No as appropriate"\ntype = "forbidden_phrase"\n'
        'phrase = "as appropriate"\n'
    )
    noted = (
        "The Security Council,\n\nRecalling its resolutions,\n\n1. Strongly urges the DPRK "
        'to return to the Talks [Note: "without precondition" deleted at the request of '
        "China];\n\n2. Alt 1: Decides that States shall act; Alt 2: Decides that States shall "
        "act without precondition;\n\n3. Decides that States shall, as [appropriate]"
        "[necessary], prevent transfers.\n"
    )
    result = check(resdiff.parse(noted), spec)
    assert result.result("Without precondition").status == "fail"
    assert result.result("No as appropriate").status == "fail"
    assert any("[alternatives]" in w for w in result.warnings)
    assert any("[bracketed-text]" in w for w in result.warnings)
    assert "not yet settled" in result.report()
    annexed = EMBARGO + "\nAnnex\n\n1. Member States shall exercise vigilance, as appropriate.\n"
    (hit,) = check(resdiff.parse(annexed), spec).result("No as appropriate").evidence
    assert hit.ref is not None and "nnex" in hit.ref
    # What a failed ``assert check(...)`` prints names the red lines broken.
    assert "No as appropriate" in repr(result) and len(repr(result)) < 400


def test_a_renewal_by_reference_keeps_its_measures() -> None:
    """ "Decides to renew until 31 May 2023 the measures on arms imposed by paragraph 4 of
    resolution 2428 (2018)", "the travel and financial measures imposed by paragraphs 9
    and 12 of resolution 2206 (2015)" (S/RES/2633 (2022)): the arms embargo, the travel ban
    and the asset freeze, renewed (a red line "stays mandatory" failed on the text the
    delegation accepted)."""
    draft = resdiff.parse(
        "The Security Council,\n\nActing under Chapter VII of the Charter of the United "
        "Nations,\n\n1. Decides to renew until 31 May 2023 the measures on arms imposed by "
        "paragraph 4 of resolution 2428 (2018);\n\n2. Decides to renew until 31 May 2023 the "
        "travel and financial measures imposed by paragraphs 9 and 12 of resolution 2206 "
        "(2015);\n"
    )
    assert [(m.kind, m.mode, m.action) for c in draft.operative for m in c.measures] == [
        ("arms_embargo", "mandatory", "renew"),
        ("asset_freeze", "mandatory", "renew"),
        ("travel_ban", "mandatory", "renew"),
    ]


def _tracked_docx(path: Path) -> None:
    """A Word file whose tracked change by China softens "Condemns" to "Deplores"."""
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(inner: str) -> str:
        return f"<w:p>{inner}</w:p>"

    def run(text: str) -> str:
        return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'

    change = 'w:author="China" w:date="2024-01-01T00:00:00Z"'
    body = "".join(
        [
            para(run("The Security Council,")),
            para(run("Recalling its resolutions,")),
            para(
                run("1. ")
                + f'<w:del w:id="1" {change}><w:r><w:delText>Condemns</w:delText></w:r></w:del>'
                + f'<w:ins w:id="2" {change}>{run("Deplores")}</w:ins>'
                + run(" the launches of ballistic missiles;")
            ),
            para(run("2. Decides to remain seized of the matter.")),
        ]
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
            '2006/content-types"><Default Extension="rels" ContentType="application/'
            'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
            'document.main+xml"/></Types>',
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>',
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0"?><w:document {w}><w:body>{body}</w:body></w:document>',
        )


def test_check_reads_a_word_drafts_tracked_versions(tmp_path: Path) -> None:
    """``resdiff check FILE.docx --against-version original`` checks a Word draft against
    what its own tracked changes did (without it, the accepted version was compared with
    itself: "nothing weakened"), and so does ``--against`` the same file (the twenty-third
    session: it compared the accepted version with itself, unless told the base's
    version; ``--against-version accepted`` still does); ``--version original`` checks
    the draft as it was."""
    pytest.importorskip("lxml")
    path = tmp_path / "tracked.docx"
    _tracked_docx(path)
    spec = tmp_path / "nw.toml"
    spec.write_text('[[rule]]\nname = "No weakening"\ntype = "no_weakening"\n', encoding="utf-8")
    assert main_check([str(path), "--against", str(path), "--red-lines", str(spec)]) == 1
    same = [str(path), "--against", str(path), "--against-version", "accepted"]
    assert main_check([*same, "--red-lines", str(spec)]) == 0
    assert main_check([str(path), "--against-version", "original", "--red-lines", str(spec)]) == 1
    condemns = tmp_path / "condemns.toml"
    condemns.write_text(
        '[[rule]]\nname = "Condemns"\ntype = "min_strength"\n'
        'paragraph = { contains = "launches", section = "operative" }\naxis = "censure"\n'
        'at_least = "condemns"\n',
        encoding="utf-8",
    )
    assert main_check([str(path), "--red-lines", str(condemns)]) == 1
    assert main_check([str(path), "--version", "original", "--red-lines", str(condemns)]) == 0


# ------------------------------------------------- quantities, addressees, qualifiers

MANDATE = """\
The Security Council,

Recalling its previous resolutions,

1. Decides to extend the mandate of the Mission until 30 April {year}, with a troop \
ceiling of {troops} personnel and a police ceiling of 2,101 personnel;

2. Requests the Secretary-General to report to the Council every {days} days;

3. Calls upon {who} to cooperate fully with the Panel of Experts;

4. Decides that the measures imposed by paragraph 5 shall apply to all arms{carve};

5. Decides to remain seized of the matter.
"""


def _mandate(
    troops: str = "17,000",
    days: int = 90,
    who: str = "all States",
    carve: str = "",
    year: int = 2023,
) -> str:
    return MANDATE.format(troops=troops, days=days, who=who, carve=carve, year=year)


QUANTITIES = """\
[[rule]]
name = "Troops"
type = "quantity"
quantity = "personnel_ceiling"
matching = "troops"
at_least = 17000

[[rule]]
name = "Reporting"
type = "quantity"
quantity = "reporting_interval"
at_most = "3 months"

[[rule]]
name = "Everyone cooperates"
type = "addressee"
paragraph = { contains = "Panel of Experts" }
at_least = "all"

[[rule]]
name = "No exemptions"
type = "no_new_qualifiers"
"""


def _status(text: str, base: str | None = None) -> dict[str, str]:
    result = check(text, QUANTITIES, base=base)
    return {r.name: r.status for r in result.results}


def test_quantity_addressee_and_qualifier_rules_hold_on_a_draft_that_keeps_them() -> None:
    assert _status(_mandate(), base=_mandate()) == {
        "Troops": "pass",
        "Reporting": "pass",
        "Everyone cooperates": "pass",
        "No exemptions": "pass",
    }


def test_a_lower_ceiling_a_longer_interval_fewer_addressees_and_an_exemption_break_them() -> None:
    new = _mandate(
        troops="12,000",
        days=120,
        who="Member States in a position to do so",
        carve=", except supplies of non-lethal equipment intended solely for humanitarian use",
    )
    result = check(new, QUANTITIES, base=_mandate())
    by = {r.name: r for r in result.results}
    assert {k: r.status for k, r in by.items()} == {
        "Troops": "fail",
        "Reporting": "fail",
        "Everyone cooperates": "fail",
        "No exemptions": "fail",
    }
    # The police ceiling of 2,101 is not the troops': the troop rule names 12,000 only.
    assert "12,000" in by["Troops"].message and "2,101" not in by["Troops"].message
    assert "every 120 days" in by["Reporting"].message
    assert "narrowed" in by["Everyone cooperates"].message
    assert "OP4" in by["No exemptions"].message


def test_a_quantity_rule_fails_when_the_quantity_is_gone() -> None:
    gone = _mandate().replace(
        ", with a troop ceiling of 17,000 personnel and a police ceiling of 2,101 personnel", ""
    )
    status = _status(gone)
    assert status["Troops"] == "fail"
    result = check(gone, QUANTITIES)
    troops = next(r for r in result.results if r.name == "Troops")
    assert troops.message.startswith("no personnel ceiling of “troops”")
    # Without a base the rule that compares is skipped, not passed.
    assert status["No exemptions"] == "skipped"


def test_every_alternative_on_the_table_must_keep_a_limit() -> None:
    bracketed = _mandate().replace("every 90 days", "every [90][180] days")
    assert _status(bracketed)["Reporting"] == "fail"


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ('type = "quantity"\nquantity = "troops"\nat_least = 1', 'unknown quantity "troops"'),
        ('type = "quantity"\nquantity = "personnel_ceiling"', "give at_least, at_most or both"),
        ('type = "quantity"\nquantity = "personnel_ceiling"\nat_least = true', "not a limit"),
        (
            'type = "quantity"\nquantity = "personnel_ceiling"\nat_least = "90 days"',
            "not counted in time",
        ),
        ('type = "quantity"\nquantity = "reporting_interval"\nat_most = 90', "is a time"),
        (
            'type = "quantity"\nquantity = "reporting_interval"\nat_most = "many days"',
            "is not a limit",
        ),
        (
            'type = "quantity"\nquantity = "personnel_ceiling"\nat_least = 5\nat_most = 4',
            "at_least: is above at_most",
        ),
        ('type = "addressee"\nparagraph = { ref = "OP3" }\nat_least = "everyone"', "at_least"),
        ('type = "no_new_qualifiers"\nfeatures = ["verb"]', "features"),
    ],
)
def test_bad_quantity_addressee_and_qualifier_rules_are_named(rule: str, message: str) -> None:
    with pytest.raises(SpecError, match=message) as err:
        check(JAPAN, f'[[rule]]\nname = "x"\n{rule}\n')
    assert 'rule 1 ("x")' in str(err.value)


# ------------------------------------- a stranger's review: no broken line passes

_HEAD = "The Security Council,\n\nRecalling its previous resolutions,\n\n"


def _ops(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(f"{k}. {t}" for k, t in enumerate(paragraphs, 1)) + "\n"


_DURATION = 'type = "quantity"\nquantity = "duration"\nat_least = "12 months"'
_TROOPS = 'type = "quantity"\nquantity = "personnel_ceiling"\nmatching = "troops"\nat_least = 17000'
_REPORTS = 'type = "quantity"\nquantity = "reporting_interval"\nat_most = "90 days"'
_ALL = 'type = "addressee"\nparagraph = { contains = "vigilance" }\nat_least = "all"'
_QUALIFIERS = 'type = "no_new_qualifiers"\nfeatures = ["exemption", "condition", "hedge", "modal"]'
_BAN = "Decides that all Member States shall prevent the transfer of missiles to the DPRK;"


@pytest.mark.parametrize(
    ("paragraphs", "rule", "base", "status"),
    [
        # Each alternative read on its own: not "twelve six" months, nor a figure skipped.
        (["Decides to extend the mandate for a period of [twelve][six] months;"], _DURATION, None, "fail"),  # noqa: E501
        (["Decides that the Force shall comprise up to [seventeen thousand][twelve thousand] troops;"], _TROOPS, None, "fail"),  # noqa: E501
        (
            ["Decides to extend the mandate of the Mission for a period of [12][6] months;",
             "Decides to extend the mandate of the Panel of Experts for a period of 13 months;"],
            _DURATION, None, "fail",
        ),
        (["Requests the Secretary-General to report every [30] [or 180] days;"], _REPORTS, None, "fail"),  # noqa: E501
        # What a quantity counts: not cut at the comma of "17,000"; a later figure that
        # names nothing counts for the troops it follows.
        (["Authorizes a troop ceiling of [17,000][12,000] personnel;"], _TROOPS, None, "fail"),
        (["Decides to maintain a troop ceiling of 17,000 personnel, to be reduced to 12,000 personnel by 31 March 2024;"], _TROOPS, None, "fail"),  # noqa: E501
        (["Decides that the troop ceiling shall be 17,000 personnel until 31 December and 12,000 personnel thereafter;"], _TROOPS, None, "fail"),  # noqa: E501
        (["Authorizes a troop ceiling of 17,000 personnel; decides to reduce this ceiling to 12,000 personnel by 30 June 2024;"], _TROOPS, None, "fail"),  # noqa: E501
        (["Decides to maintain a troop ceiling of 17,000 personnel, and a police ceiling of 2,101 personnel;"], _TROOPS, None, "pass"),  # noqa: E501
        # Times as a comparison reads them: "quarterly" is every three months.
        (["Requests the Secretary-General to report to the Council quarterly;"], _REPORTS, None, "pass"),  # noqa: E501
        (["Decides to extend the mandate for a period of one year;"], 'type = "quantity"\nquantity = "duration"\nat_most = "12 months"', None, "pass"),  # noqa: E501
        # Addressees: every alternative, and the ways a text leaves some out.
        (["Calls upon [all Member States][Member States in a position to do so] to exercise vigilance;"], _ALL, None, "fail"),  # noqa: E501
        (["Calls upon all Member States that are in a position to do so to exercise vigilance;"], _ALL, None, "fail"),  # noqa: E501
        (["Calls upon all Member States other than those bordering the DPRK to exercise vigilance;"], _ALL, None, "fail"),  # noqa: E501
        (["Calls upon all Member States, with the exception of the neighbouring States, to exercise vigilance;"], _ALL, None, "fail"),  # noqa: E501
        (["Calls upon all Member States to exercise vigilance;"], _ALL, None, "pass"),
        # Qualifiers in an alternative still on the table.
        ([_BAN.replace("shall", "[shall][may]")], _QUALIFIERS, [_BAN], "fail"),
        ([_BAN.replace(";", "[][, as appropriate];")], _QUALIFIERS, [_BAN], "fail"),
        ([_BAN], _QUALIFIERS, [_BAN], "pass"),
    ],
)  # fmt: skip
def test_a_red_line_holds_only_if_every_outcome_keeps_it(
    paragraphs: list[str], rule: str, base: list[str] | None, status: str
) -> None:
    spec = f'[[rule]]\nname = "x"\n{rule}\n'
    result = check(_ops(*paragraphs), spec, base=_ops(*base) if base else None)
    assert result.results[0].status == status, result.results[0].message


def test_a_quantity_rule_gives_the_amount_read() -> None:
    result = check(
        _ops("Requests the Secretary-General to report every 90 days;"),
        f'[[rule]]\nname = "x"\n{_REPORTS}\n',
    )
    evidence = result.results[0].evidence[0]
    assert (evidence.value, evidence.unit) == (90.0, "days")
    assert json.loads(result.model_dump_json())["results"][0]["evidence"][0]["value"] == 90.0


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ('quantity = "personnel_ceiling"\nat_least = "17.000"', 7, "ambiguous"),
        ('quantity = "personnel_ceiling"\nat_least = nan', 7, "finite"),
        ('quantity = "personnel_ceiling"\nat_least = inf', 7, "finite"),
        ('quantity = ""\nat_least = 1', 6, "quantity:"),
        ('quantity = "date"\nat_least = 2020', 6, "no amount to limit"),
        (
            'quantity = "personnel_ceiling"\nmatching = " "\nat_least = 1',
            7,
            "matching: must not be empty",
        ),
        (
            'quantity = "personnel_ceiling"\nat_least = 5\nat_most = 4',
            7,
            "at_least: is above at_most",
        ),
    ],
)
def test_a_bad_limit_is_named_at_its_line(body: str, line: int, message: str) -> None:
    text = f'delegation = "X"\n\n[[rule]]\nname = "Troops"\ntype = "quantity"\n{body}\n'
    with pytest.raises(SpecError, match=message) as err:
        RedLines.from_toml(text, name="spec.toml")
    assert err.value.line == line


def test_limits_in_words_and_hours_are_read() -> None:
    from resdiff.negotiation.red_lines import parse_limit

    assert parse_limit("twelve months") == (360.0, True)
    assert parse_limit("48 hours") == (2.0, True)
    assert parse_limit("17,000") == (17000.0, False)


def test_readings_are_bounded_on_a_hostile_text() -> None:
    import time

    from resdiff.brackets import MAX_READINGS, readings

    text = "Decides " + "[a][b] " * 20_000
    # CPU time, not the wall clock: the bound is on the work, which a machine loaded by
    # other processes does not change.
    start = time.process_time()
    found = readings(text)
    assert len(found) == MAX_READINGS
    assert time.process_time() - start < 3.0
    assert all(len(r) == len(text) for r in found)


def test_a_quantity_left_out_by_an_alternative_breaks_the_line_but_other_brackets_do_not() -> None:
    rule = f'[[rule]]\nname = "x"\n{_TROOPS}\n'
    optional = _ops(
        "Decides to maintain the Force[, with a troop ceiling of 17,000 personnel];",
        "Requests the Secretary-General to [report][brief the Council] every 90 days;",
    )
    assert check(optional, rule).results[0].status == "fail"
    kept = optional.replace(
        "[, with a troop ceiling of 17,000 personnel]", ", with a troop ceiling of 17,000 personnel"
    )
    assert check(kept, rule).results[0].status == "pass"


# ------------------------------------------------------------- loading cost and size

_INLINE_RULE = '  {{ name = "r{k}", type = "forbidden_phrase", phrase = "exercise vigilance" }},\n'


def test_rule_names_are_checked_for_duplicates_without_comparing_every_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each rule's name was compared with every earlier one's: 20,000 rules took 18 s.
    Counted here, not timed: the names compared are a str that counts its comparisons."""
    from resdiff.negotiation.red_lines import models, spec

    class Name(str):
        compared = 0

        def __eq__(self, other: object) -> bool:
            Name.compared += 1
            return str.__eq__(self, other)

        __hash__ = str.__hash__

    read = spec._Loader.rule

    def counted(self: spec._Loader, k: int, raw: object) -> models.Rule:
        rule = read(self, k, raw)
        return rule.model_copy(update={"name": Name(rule.name)})

    monkeypatch.setattr(spec._Loader, "rule", counted)
    n = 1000
    text = "rule = [\n" + "".join(_INLINE_RULE.format(k=k) for k in range(n)) + "]\n"
    assert len(RedLines.from_toml(text).rules) == n
    assert Name.compared < 2 * n  # every pair: n * (n - 1) / 2, half a million
    twice = text.replace('"r7"', '"r3"')
    with pytest.raises(SpecError, match=r'rule 8: name: "r3" is the name of rule 4 too'):
        RedLines.from_toml(twice)


def test_the_lines_of_the_rules_are_found_in_one_pass_over_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Rules written as one inline array have no [[rule]] header, so each took the line
    of "rule", found by reading the file from the top: after 20,000 comment lines, 2,000
    rules took 11.7 s. Counted here: the lines looked at for a table header."""
    from resdiff.negotiation.red_lines import spec

    pattern = spec._TABLE
    looked = 0

    class Counting:
        def match(self, line: str) -> object:
            nonlocal looked
            looked += 1
            return pattern.match(line)

    monkeypatch.setattr(spec, "_TABLE", Counting())
    n, comments = 500, 5000
    text = "#\n" * comments + "rule = [\n" + "".join(_INLINE_RULE.format(k=k) for k in range(n))
    text += "]\n"
    red = RedLines.from_toml(text)
    assert red.lines == (comments + 1,) * n
    lines = text.count("\n")
    assert looked <= 3 * lines  # once per rule: n * comments, two and a half million


def test_a_red_lines_file_is_bounded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from resdiff.negotiation.red_lines.spec import MAX_SPEC_BYTES

    big = tmp_path / "big.toml"
    big.write_text("#" * MAX_SPEC_BYTES + "\n", encoding="utf-8")
    with pytest.raises(SpecError) as err:
        RedLines.load(big)
    assert str(err.value) == (
        f"{big}: red-lines file larger than the limit of {MAX_SPEC_BYTES:,} bytes (a "
        "delegation's red lines take a few kilobytes)"
    )
    with pytest.raises(SpecError, match="more than the limit of 1,048,576"):
        RedLines.from_toml("#" * MAX_SPEC_BYTES + "\n")
    assert main_check([str(JAPAN), "--red-lines", str(big)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "red-lines file larger than the limit" in err
