"""One provision moved between the parts in new words (resdiff.align.family.part_partners,
asked for with ``AlignOptions(part_partners=True)``; off by default, RESULTS §2fj): drafts
of ordinary Council wording written for these tests."""

from __future__ import annotations

import resdiff
from resdiff.align import AlignOptions
from resdiff.align.family import same_lead_verb
from resdiff.model import Comparison

_PRE = [
    "Recalling its resolution 1001 (1991),",
    "Reaffirming its commitment to the sovereignty and territorial integrity of Ruritania,",
]
_OP = [
    "Requests the Secretary-General to keep the Council informed of the situation;",
    "Decides to remain seized of the matter.",
]
#: An operative commendation ...
_COMMENDS = (
    "Commends the untiring efforts and the bravery of the Ruritanian Observer Force in "
    "securing humanitarian relief for the Varnian lowlands and their environs;"
)
#: ... recast as a recital of the same verb: demoted to the preamble.
_COMMENDING = (
    "Commending the Force for its continuing work for the relief operation in the lowlands "
    "of Varnia and elsewhere in the country, and paying tribute to its personnel,"
)
#: The same subject under another verb: no provision moved.
_NOTING = (
    "Noting the Force's continuing work for the relief operation in the lowlands of Varnia "
    "and elsewhere in the country, and paying tribute to its personnel,"
)
_ON = AlignOptions(part_partners=True)


def _text(preamble: list[str], operative: list[str]) -> str:
    ops = "\n\n".join(f"{k + 1}. {p}" for k, p in enumerate(operative))
    return "The Security Council,\n\n" + "\n\n".join(preamble) + f"\n\n{ops}\n"


def _compare(recital: str, options: AlignOptions | None = None) -> Comparison:
    old = resdiff.parse(_text(_PRE, [_OP[0], _COMMENDS, _OP[1]]))
    new = resdiff.parse(_text([*_PRE, recital], _OP))
    return resdiff.compare(old, new, options=options) if options else resdiff.compare(old, new)


def _moved(cmp: Comparison) -> list[tuple[tuple[str, ...], tuple[str, ...], str]]:
    return [
        (c.old, c.new, str(c.kind))
        for c in cmp.changes
        if c.old and c.new and c.old[0][:2] != c.new[0][:2]
    ]


def test_a_commendation_demoted_to_a_recital_of_the_same_verb_pairs_and_reads_softer() -> None:
    assert _moved(_compare(_COMMENDING)) == []
    moved = _moved(_compare(_COMMENDING, _ON))
    assert moved == [(("OP2",), ("PP3",), "softened")]


def test_the_same_subject_under_another_verb_stays_apart() -> None:
    assert _moved(_compare(_NOTING)) == []
    assert _moved(_compare(_NOTING, _ON)) == []


def test_the_lead_verb_is_the_same_in_its_operative_form_and_its_participle() -> None:
    def lead(text: str) -> resdiff.model.Clause:
        return resdiff.parse(_text([text], ["Decides to remain seized of the matter."])).preamble[0]

    stresses = resdiff.parse(_text(_PRE, ["Stresses the need for dialogue;"])).operative[0]
    assert same_lead_verb(stresses, lead("Stressing the need for dialogue,"))
    deplores = resdiff.parse(_text(_PRE, ["Deplores the loss of life;"])).operative[0]
    assert same_lead_verb(deplores, lead("Deploring the tragic loss of life,"))
    assert not same_lead_verb(deplores, lead("Noting the loss of life,"))


def _op_lead(text: str) -> resdiff.model.Clause:
    return resdiff.parse(_text(_PRE, [text])).operative[0]


def _pp_lead(text: str) -> resdiff.model.Clause:
    return resdiff.parse(_text([text], ["Decides to remain seized of the matter."])).preamble[0]


def test_a_verb_that_doubles_its_last_consonant_is_the_same_verb() -> None:
    # "Regretting" is "regret" + "t" + "ing": stripping "-ing" alone leaves "regrett".
    assert same_lead_verb(_op_lead("Regrets the loss of life;"), _pp_lead("Regretting the loss,"))


def test_an_adverb_or_a_perfect_before_the_participle_is_not_the_verb() -> None:
    # The operative lemma keeps its adverb apart (a modifier); the recital's phrase holds it.
    condemns = _op_lead("Strongly condemns the attacks on the Force;")
    assert same_lead_verb(condemns, _pp_lead("Strongly condemning the attacks on the Force,"))
    assert not same_lead_verb(condemns, _pp_lead("Strongly deploring the attacks on the Force,"))
    assert same_lead_verb(
        _op_lead("Considers the report of the Secretary-General;"),
        _pp_lead("Having considered the report of the Secretary-General,"),
    )


def test_a_recitals_past_participle_alone_is_an_adjective_not_the_verb() -> None:
    encourages = _op_lead("Encourages the parties to pursue the talks;")
    assert not same_lead_verb(encourages, _pp_lead("Encouraged by the progress of the talks,"))
    assert same_lead_verb(encourages, _pp_lead("Encouraging the parties to pursue the talks,"))
    determines = _op_lead("Determines that the situation constitutes a threat;")
    assert not same_lead_verb(determines, _pp_lead("Determined to end the conflict,"))
