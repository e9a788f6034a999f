"""What a document is and whether it can be read: status (draft, adopted, vetoed, not
adopted), presidential statements, language, and typographic variants (issue 10 §3).

The texts are written the way the Secretariat prints them: a masthead, the enacting
formula or a statement's chapeau, the paragraphs, and (in old texts) a voting line.
"""

from __future__ import annotations

import pytest
from conftest import CORPUS, needs_corpus

import resdiff
from resdiff.analyze import ANALYSIS_UNAVAILABLE, analyze
from resdiff.model import Comparison, Draft, DraftInfo
from resdiff.read.akn import parse_akn
from resdiff.read.checks import accounted
from resdiff.read.language import detect_language, language_name
from resdiff.read.text import parse_text, vote_status
from resdiff.render import render_html, render_markdown, render_text
from resdiff.render._common import FLAG_WORDS, document_phrase, draft_facts

# ---------------------------------------------------------------------------- texts

DRAFT_MASTHEAD = """\
United Nations                                                    S/2022/431

Security Council                                                  Distr.: General
                                                                  26 May 2022

                                                                  Original: English

United States of America: draft resolution

          The Security Council,
"""

BODY = """
          Recalling its resolutions 1718 (2006), 1874 (2009) and 2397 (2017),

          Acting under Chapter VII of the Charter of the United Nations,

          1.   Condemns the launches of ballistic missiles conducted by the
     Democratic People's Republic of Korea;

          2.   Decides that all Member States shall prevent the direct or indirect
     supply, sale or transfer to the DPRK of all crude oil;
"""

ADOPTED = (
    """\
Resolution 1695 (2006)

Adopted by the Security Council at its 5490th meeting,
on 15 July 2006

          The Security Council,
"""
    + BODY
)

OLD_ADOPTED = """\
100 (1953). Resolution of 27 October 1953
[S/3128]

The Security Council,

Having taken note of the report of the Chief of Staff,

1. Deems it desirable that the works should be suspended.

Adopted unanimously at the
631st meeting.
"""

PRST = """\
United Nations                                                     S/PRST/2006/41

Security Council                                                   Distr.: General
                                                                   6 October 2006

                                                                   Original: English

Statement by the President of the Security Council

       At its 5546th meeting, held on 6 October 2006, in connection with the
Council’s consideration of the item entitled “Non-proliferation: Democratic People’s
Republic of Korea”, the President of the Security Council made the following
statement on behalf of the Council:

             “The Security Council expresses its deep concern over the statement
       by the Democratic People’s Republic of Korea (DPRK) on 3 October 2006 that it
       will conduct a nuclear test in the future.

             “The Security Council believes that such a test would jeopardize
       peace, stability and security in the region and beyond.

             “The Security Council urges the DPRK not to undertake such a test and
       to refrain from any action that might aggravate tension.

             “The Security Council will remain seized of the matter.”
"""

FRENCH = """\
Nations Unies                                                       S/2006/999

Conseil de sécurité                                         Distr. générale

          Le Conseil de sécurité,

          Rappelant ses résolutions 825 (1993) du 11 mai 1993 et 1540 (2004) du
     28 avril 2004,

          Considérant que la prolifération des armes nucléaires, chimiques et
     biologiques et de leurs vecteurs constitue une menace contre la paix et la
     sécurité internationales,

          Agissant en vertu du Chapitre VII de la Charte des Nations Unies,

          1.   Condamne les tirs de missiles balistiques effectués par la
     République populaire démocratique de Corée le 5 juillet 2006;

          2.   Exige que la République populaire démocratique de Corée suspende
     toutes les activités liées à son programme de missiles balistiques;

          3.   Décide de rester activement saisi de la question.
"""

SPANISH = """\
          El Consejo de Seguridad,

          Recordando sus resoluciones 825 (1993) y 1540 (2004),

          Actuando en virtud del Capítulo VII de la Carta de las Naciones Unidas,

          1.   Condena los lanzamientos de misiles balísticos efectuados por la
     República Popular Democrática de Corea el 5 de julio de 2006;

          2.   Decide seguir ocupándose activamente de la cuestión.
"""

RUSSIAN = """\
          Совет Безопасности,

          ссылаясь на свои резолюции 825 (1993) и 1540 (2004),

          действуя на основании главы VII Устава Организации Объединенных Наций,

          1.   осуждает запуски баллистических ракет;

          2.   постановляет продолжать активно заниматься этим вопросом.
"""


def _vetoed(closing: str) -> str:
    return DRAFT_MASTHEAD + BODY + "\n" + closing + "\n"


# ---------------------------------------------------------------------------- status


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        (DRAFT_MASTHEAD + BODY, "draft", "draft"),
        (ADOPTED, "resolution", "adopted"),
        (OLD_ADOPTED, "resolution", "adopted"),
        ("Draft resolution\n\nThe Security Council,\n" + BODY, "draft", "draft"),
        ("The Security Council,\n" + BODY, None, None),
        (
            _vetoed("Not adopted: 13 in favour, 2 against (China, Russian Federation)."),
            "draft",
            "vetoed",
        ),
        (
            _vetoed(
                "The draft resolution was not adopted, owing to the negative vote of a\n"
                "permanent member of the Council."
            ),
            "draft",
            "vetoed",
        ),
        (_vetoed("Not adopted: 7 in favour, none against, 8 abstentions."), "draft", "not-adopted"),
        (PRST, "statement", "adopted"),
    ],
    ids=[
        "draft-masthead",
        "resolution-masthead",
        "old-voting-line",
        "draft-resolution-line",
        "no-masthead",
        "failed-with-nine-votes-is-a-veto",
        "negative-vote-of-a-permanent-member",
        "failed-vote",
        "presidential-statement",
    ],
)
def test_the_text_reader_says_what_the_document_is(
    text: str, kind: str | None, status: str | None
) -> None:
    draft = parse_text(text)
    assert (draft.kind, draft.status) == (kind, status)


def test_a_vetoed_draft_keeps_its_voting_line_as_closing_and_vote() -> None:
    line = "Not adopted: 13 in favour, 2 against (China, Russian Federation)."
    draft = parse_text(_vetoed(line))
    assert draft.closing == (line,)
    assert draft.vote == line
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]
    assert accounted(_vetoed(line), draft)


def test_the_old_voting_line_is_the_vote() -> None:
    draft = parse_text(OLD_ADOPTED)
    assert draft.vote == "Adopted unanimously at the 631st meeting."


@pytest.mark.parametrize(
    ("record", "status"),
    [
        ("Adopted unanimously at the 631st meeting.", "adopted"),
        ("Adopted 11-0-4, 8700th meeting", "adopted"),
        ("Not adopted 13-2-0, 9048th meeting", "vetoed"),
        ("Vetoed by the Russian Federation", "vetoed"),
        ("Not adopted: 4 in favour, 2 against, 9 abstentions", "not-adopted"),
        ("Failed of adoption by 7 votes to 3", "not-adopted"),
        ("Failed of adoption by 10 votes to 1", "vetoed"),
        ("Voting by mail", None),
    ],
)
def test_a_voting_record_gives_the_status(record: str, status: str | None) -> None:
    assert vote_status(record) == status


def _akn(name: str, steps: str, symbol: str = "S/2022/431") -> str:
    return f"""<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="{name}">
    <meta>
      <identification source="#DGACM">
        <FRBRExpression><FRBRlanguage language="eng"/></FRBRExpression>
      </identification>
      <workflow source="#DGACM">
        <step date="2022-05-26" outcome="draftResolution" as="{symbol}"
              by="United States of America" />
        {steps}
      </workflow>
    </meta>
    <coverPage><p><docNumber>{symbol}</docNumber></p></coverPage>
    <preamble>
      <formula name="enactingFormula"><p>The Security Council,</p></formula>
      <container><p><span class="italic">Recalling</span> its resolutions,</p></container>
    </preamble>
    <mainBody>
      <paragraph><num>1.</num><content><p><span>Decides</span> to remain seized.</p>
      </content></paragraph>
    </mainBody>
  </statement>
</akomaNtoso>
"""


@pytest.mark.parametrize(
    ("name", "steps", "kind", "status", "vote"),
    [
        ("draftResolution", "", "draft", "draft", None),
        (
            "draftResolution",
            '<step date="2022-05-26" outcome="vetoed" as="S/PV.9048" '
            'by="Not adopted 13-2-0, 9048th meeting" />',
            "draft",
            "vetoed",
            "Not adopted 13-2-0, 9048th meeting",
        ),
        (
            "draftResolution",
            '<step date="2022-05-26" outcome="notAdopted" as="S/PV.9048" '
            'by="Not adopted 13-2-0, 9048th meeting" />',
            "draft",
            "vetoed",
            "Not adopted 13-2-0, 9048th meeting",
        ),
        (
            "draftResolution",
            '<step date="2022-05-26" outcome="notAdopted" as="S/PV.9048" '
            'by="Not adopted 5-0-10, 9048th meeting" />',
            "draft",
            "not-adopted",
            "Not adopted 5-0-10, 9048th meeting",
        ),
        (
            "resolution",
            '<step date="2022-05-26" outcome="adopted" as="S/PV.9048" '
            'by="Adopted 15-0-0, 9048th meeting" />',
            "resolution",
            "adopted",
            "Adopted 15-0-0, 9048th meeting",
        ),
        (
            "resolution",
            '<step date="2022-05-26" outcome="VOTING BY MAIL" as="S/2022/432" by="" />',
            "resolution",
            "adopted",
            None,
        ),
    ],
    ids=["draft", "vetoed", "not-adopted-with-a-veto-count", "failed", "adopted", "by-mail"],
)
def test_the_akn_reader_reads_the_statement_name_and_the_workflow(
    name: str, steps: str, kind: str, status: str, vote: str | None
) -> None:
    draft = parse_akn(_akn(name, steps))
    assert (draft.kind, draft.status, draft.vote) == (kind, status, vote)
    assert draft.language == "en"  # too short to tell: FRBRlanguage says "eng"


@needs_corpus
def test_every_official_akn_file_is_an_adopted_english_resolution() -> None:
    files = sorted((CORPUS / "akn").glob("*.xml")) + sorted((CORPUS / "akn-2006").glob("*.xml"))
    assert files
    for path in files:
        draft = parse_akn(path.read_text(encoding="utf-8"), path=str(path))
        assert (draft.kind, draft.status, draft.language) == ("resolution", "adopted", "en"), path


# ---------------------------------------------------------------------------- reports


def _info(**fields: object) -> DraftInfo:
    return DraftInfo(name="x.txt", **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "status", "words"),
    [
        ("draft", "draft", "draft resolution"),
        ("draft", None, "draft resolution"),
        ("draft", "vetoed", "draft resolution, vetoed"),
        ("draft", "not-adopted", "draft resolution, not adopted (failed vote)"),
        ("draft", "adopted", "draft resolution, adopted"),
        ("resolution", "adopted", "adopted resolution"),
        ("resolution", None, "adopted resolution"),
        ("resolution", "vetoed", "draft resolution, vetoed"),
        ("statement", "adopted", "presidential statement"),
        ("statement", "draft", "draft presidential statement"),
        (None, "vetoed", "vetoed"),
        (None, None, None),
    ],
)
def test_reports_say_what_the_document_is(
    kind: str | None, status: str | None, words: str | None
) -> None:
    assert document_phrase(_info(kind=kind, status=status)) == words


def test_a_vetoed_draft_is_never_called_an_adopted_resolution() -> None:
    cmp = resdiff.compare(_vetoed("Vetoed at the 9048th meeting."), ADOPTED)
    assert (cmp.old.kind, cmp.old.status) == ("draft", "vetoed")
    assert (cmp.new.kind, cmp.new.status) == ("resolution", "adopted")
    assert draft_facts(cmp.old)[0] == "Draft resolution, vetoed, 26 May 2022"
    assert draft_facts(cmp.new)[0] == "Adopted resolution, 15 July 2006"
    for report in (render_text(cmp), render_markdown(cmp)):
        assert "Draft resolution, vetoed" in report
        assert report.count("Adopted resolution") == 1
    # The status survives the JSON contract.
    again = Comparison.model_validate_json(cmp.model_dump_json())
    assert again.old.status == "vetoed"


def test_a_comparison_written_before_status_existed_still_reads() -> None:
    cmp = resdiff.compare(DRAFT_MASTHEAD + BODY, ADOPTED)
    data = cmp.model_dump(mode="json", by_alias=True)
    for side in ("old", "new"):
        for key in ("status", "language", "analysis_unavailable"):
            del data[side][key]
    again = Comparison.model_validate(data)
    assert again.old.status is None and not again.old.analysis_unavailable


# ---------------------------------------------------------------------------- statements


def test_a_presidential_statement_is_read_as_a_statement() -> None:
    draft = resdiff.parse(PRST)
    assert (draft.symbol, draft.kind, draft.status) == ("S/PRST/2006/41", "statement", "adopted")
    assert draft.preamble == ()
    assert [c.ref for c in draft.operative] == ["OP1", "OP2", "OP3", "OP4"]
    assert draft.clause("OP1").text.startswith("“The Security Council expresses its deep concern")
    assert draft.enacting_formula is not None
    assert draft.enacting_formula.startswith("At its 5546th meeting, held on 6 October 2006")
    assert draft.enacting_formula.endswith("made the following statement on behalf of the Council:")
    assert "Statement by the President of the Security Council" in draft.masthead
    assert accounted(PRST, draft)  # no word lost: the chapeau is kept as the formula


def test_a_statements_paragraphs_need_no_operative_verb() -> None:
    draft = resdiff.parse(PRST)
    assert draft.warnings == ()
    # The verb after "The Security Council" leads the paragraph, for the comparison.
    assert [p.lemma for p in draft.clause("OP3").phrases if p.led] == ["urge"]
    assert [p.lemma for p in draft.clause("OP2").phrases if p.led] == ["believe"]


def test_a_resolutions_paragraph_without_a_verb_is_still_flagged() -> None:
    text = "The Security Council,\n\nRecalling its resolutions,\n\n1. The Council remains seized.\n"
    codes = [w.code for w in resdiff.parse(text).warnings]
    assert "operative-unknown-verb" in codes


def test_a_softened_statement_is_read_like_a_resolution() -> None:
    new = PRST.replace("urges the DPRK", "strongly urges the DPRK").replace(
        "its deep concern", "its concern"
    )
    cmp = resdiff.compare(PRST, new)
    assert cmp.change_for("OP1").kind == "softened"
    assert cmp.change_for("OP3").kind == "strengthened"
    assert draft_facts(cmp.old)[0] == "Presidential statement, 6 October 2006"


def test_a_statement_in_akn_keeps_its_chapeau_out_of_the_paragraphs() -> None:
    xml = """<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <statement name="presidentialStatement">
    <coverPage><p><docNumber>S/PRST/2021/1</docNumber></p></coverPage>
    <mainBody>
      <paragraph><content><p>At its 8700th meeting, held on 10 January 2021, in connection
      with the Council’s consideration of the item entitled “Peace and security in Africa”,
      the President of the Security Council made the following statement on behalf of the
      Council:</p></content></paragraph>
      <paragraph><content><p>“The Security Council expresses its deep concern at the
      situation.</p></content></paragraph>
      <paragraph><content><p>“The Security Council will remain seized of the matter.”</p>
      </content></paragraph>
    </mainBody>
  </statement>
</akomaNtoso>"""
    draft = parse_akn(xml)
    assert (draft.kind, draft.status) == ("statement", "adopted")
    assert [c.ref for c in draft.operative] == ["OP1", "OP2"]
    assert draft.enacting_formula is not None
    assert draft.enacting_formula.startswith("At its 8700th meeting")


# ---------------------------------------------------------------------------- language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FRENCH, "fr"),
        (SPANISH, "es"),
        (RUSSIAN, "ru"),
        (DRAFT_MASTHEAD + BODY, "en"),
        ("安全理事会，回顾其以往各项决议，决定继续积极处理此案。", "zh"),
        ("إن مجلس الأمن، إذ يشير إلى قراراته السابقة، يقرر أن يبقي المسألة قيد نظره.", "ar"),
        ("The Security Council, 1. Decides to act.", None),  # too short to tell
        ("Der Sicherheitsrat, unter Hinweis auf seine früheren Resolutionen, beschließt.", None),
        ("", None),
    ],
    ids=["fr", "es", "ru", "en", "zh", "ar", "short", "german-has-no-profile", "empty"],
)
def test_the_language_is_told_from_the_words(text: str, language: str | None) -> None:
    assert detect_language(text) == language


def test_language_names() -> None:
    assert language_name("fr") == "French"
    assert language_name(None) == "an unknown language"
    assert language_name("xx") == "xx"


def test_a_french_text_is_read_but_not_analysed() -> None:
    draft = resdiff.parse(FRENCH)
    assert draft.language == "fr"
    assert [c.ref for c in draft.paragraphs] == ["PP1", "PP2", "PP3", "OP1", "OP2", "OP3"]
    assert draft.enacting_formula == "Le Conseil de sécurité,"
    assert draft.organ == "Security Council"
    assert draft.lexicon == "unavailable" and draft.analysis_unavailable
    assert all(not c.phrases and not c.measures for c in draft.walk())
    unavailable = [w for w in draft.warnings if w.code == ANALYSIS_UNAVAILABLE]
    assert len(unavailable) == 1
    assert "French" in unavailable[0].message
    assert not any(w.code == "operative-unknown-verb" for w in draft.warnings)
    # Analysing again does not repeat the warning.
    assert analyze(draft).warnings == draft.warnings
    assert Draft.model_validate_json(draft.model_dump_json()) == draft


def test_flags_of_an_unreadable_text_are_unknown_never_absent() -> None:
    # "Agissant en vertu du Chapitre VII": the lexicon cannot see it, so it must not
    # say "absent".
    cmp = resdiff.compare(FRENCH, FRENCH.replace("Condamne", "Déplore"))
    summary = cmp.summary
    assert (summary.chapter_vii, summary.art39, summary.use_of_force) == ("unknown",) * 3
    assert cmp.new.analysis_unavailable and cmp.new.language == "fr"
    text = render_text(cmp)
    assert "Chapter VII:              unknown" in text
    # No flag line says "absent" (the draft's warning, listed under it, says "not absent").
    assert not [line for line in text.splitlines() if line.rstrip().endswith(": absent")]
    assert not [
        line
        for line in text.splitlines()
        if line.split()[-1:] == ["absent"] and not line.rstrip().endswith("not absent")
    ]
    assert "in French: not analysed (the lexicon reads English)" in " ".join(text.split())
    assert "| Chapter VII | unknown |" in render_markdown(cmp)
    assert '<span class="badge s-unknown">unknown</span>' in render_html(cmp)
    assert FLAG_WORDS["unknown"].startswith("unknown")


def test_one_unreadable_side_makes_the_flags_unknown() -> None:
    cmp = resdiff.compare(DRAFT_MASTHEAD + BODY, FRENCH)
    assert cmp.summary.chapter_vii == "unknown"
    assert cmp.old.chapter_vii and not cmp.old.analysis_unavailable


def test_english_flags_are_still_reported() -> None:
    cmp = resdiff.compare(
        DRAFT_MASTHEAD + BODY, ADOPTED.replace("Acting under Chapter VII", "Acting")
    )
    assert cmp.summary.chapter_vii == "dropped"


# ---------------------------------------------------------------------------- typography

PLAIN = """\
The Security Council,

Recalling its resolution 1540 (2004) and the Council's "non-proliferation" agenda,

1. Requests the Secretary-General to report within 30 days on the
Committee's work;

2. Decides to remain seized of the matter.
"""

TYPESET = (
    PLAIN.replace("Secretary-General", "Secretary\u2011General")
    .replace("Council's", "Council\u2019s")
    .replace("Committee's", "Committee\u2019s")
    .replace('"non-proliferation"', "\u201cnon\u2011proliferation\u201d")
    .replace("within 30", "within\u00a030")
    .replace("1540 (2004)", "1540\u202f(2004)")
)


def test_typographic_variants_are_unchanged_and_paired() -> None:
    cmp = resdiff.compare(PLAIN, TYPESET)
    assert [c.kind for c in cmp.changes] == ["unchanged"] * 3
    assert [c.match for c in cmp.changes] == ["normalised", "normalised", "identical"]
    assert cmp.summary.counts["unchanged"] == 3
    assert cmp.key_changes == ()


def test_typography_is_kept_for_display() -> None:
    draft = resdiff.parse(TYPESET)
    assert draft.clause("PP1").text == (
        "Recalling its resolution 1540 (2004) and the Council\u2019s "
        "\u201cnon\u2011proliferation\u201d agenda,"
    )
    assert "Secretary\u2011General" in draft.clause("OP1").text
    cmp = resdiff.compare(PLAIN, TYPESET)
    op1 = cmp.change_for("OP1")
    assert "Secretary\u2011General" in op1.new_text and "Committee\u2019s" in op1.new_text
    assert "Secretary-General" in op1.old_text


def test_typography_does_not_change_the_analysis() -> None:
    plain, typeset = resdiff.parse(PLAIN), resdiff.parse(TYPESET)
    for a, b in zip(plain.walk(), typeset.walk(), strict=True):
        assert [(p.lemma, p.addressee, p.hedges, p.start) for p in a.phrases] == [
            (p.lemma, p.addressee, p.hedges, p.start) for p in b.phrases
        ]
    assert plain.clause("OP1").phrases[0].addressee == "the Secretary-General"
