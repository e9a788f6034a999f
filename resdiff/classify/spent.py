"""What a later resolution no longer needs to say: a one-time request whose deadline
passed, an act done once (an establishment, an approval, an appointment) that was done,
and a level a drawdown set that the later text keeps. Each is named and made neutral,
never weighed as a withdrawal (see :class:`.classifier.Classifier`)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..clauses import DECISION_TIER, ClauseView
from ..compiled import compile_cached
from ..lexicon import Lexicon, LifecycleMatch
from ..model import Shift
from .acted import JOINING_WORDS, PRINTED_ACRONYM, initials
from .drafts import Drafts
from .measures import RESOLUTION_NUMBER
from .renewed import renews_to_term
from .standing import APPOINTS

__all__ = [
    "act_done_in_place",
    "act_done_once",
    "done_in_place",
    "founds",
    "level_kept",
    "spend",
]

#: Between a decision's lead and the act it does directly: "Decides to establish",
#: "Establishes", "Recommends the creation" (the act named, "the" before its noun),
#: "Decides that the Mission shall be established" (the passive, see
#: :data:`_PASSIVE_ACT`); not "Decides that the Mission shall establish", nor "Decides
#: that the Group established by the Secretary-General shall continue".
_DIRECT_ACT = compile_cached(r"\s*+(?:to\s++|the\s++|(?P<that>that\s++the\s++))?")
#: The act in the passive, with nothing that puts it off: "the Mission shall be
#: established for a period of thirty-one months" (or "under its authority", "with
#: immediate effect", nothing more), not "shall be established only upon the request of
#: the Government", "provided that", "as soon as", nor "the establishment ... shall
#: await".
_PASSIVE_ACT = compile_cached(
    r"[^;]{0,40}?\bbe\s+(?:re-?)?established(?=\s*(?:for\b|with\s+immediate\s+effect|under\b"
    r"|until\b|as\s+from\b|[;,.]|$))",
    re.IGNORECASE,
)
_ACT_WORD = compile_cached(r"[\w-]+")
#: What makes an appointment more than an act done once: another ask in its clause.
_APPOINTS_MORE = compile_cached(
    r"\band\s+(?:to|that|shall|should|will|also|further)\b", re.IGNORECASE
)
#: A clause that serves the act before it: "to this end", "so constituted", "requests the
#: Secretary-General to take the necessary steps to this effect" (not "demands that the
#: parties ... take the necessary steps to that effect", which asks its own thing).
_SERVES_ACT = compile_cached(
    r"\b(?:to\s+(?:this|that)\s+end|for\s+(?:this|that)\s+purpose|so\s+constituted|accordingly)\b"
    r"|\b(?:requests|invites|authori[sz]es)\s+the\s+Secretary-General\s+to\s+take\s+(?:all\s+)?"
    r"(?:the\s+)?(?:necessary\s+)?(?:steps|measures|action|arrangements)\s+to\s+(?:this|that)\s+"
    r"effect\b",
    re.IGNORECASE,
)


#: A clause that only asks the Secretary-General to report: "Requests the
#: Secretary-General to report to the Council on the results of the talks", "Also
#: requests the Secretary-General to submit a report on the implementation of this
#: resolution as soon as possible". Not "to keep the Council informed" of a matter: an
#: open watch, not one report (UNFICYP 1964, judged softer).
_ASKS_REPORT = compile_cached(
    r"(?:(?:also|further|further\s+also)\s+)?requests\s+the\s+Secretary-General\s+(?:to\s+"
    r"(?:report\b|(?:submit|provide|present)\s+"
    r"(?:to\s+the\s+(?:Security\s+)?Council\s+)?(?:a|an|his|its)\s+(?:[\w-]+\s+){0,2}?"
    r"report\b))(?![^;]*\b(?:and|also)\s+to\s+(?!report\b))",
    re.IGNORECASE,
)
#: A report asked again and again: a standing duty, never met by one report ("to continue
#: to report every three months", "to report regularly", "periodic reports").
_RECURRING = compile_cached(
    r"\b(?:every|each|regular(?:ly)?|periodic(?:al|ally)?|quarterly|monthly|annual(?:ly)?"
    r"|continue\s+to|continuing|at\s+least|on\s+a\s+\w+\s+basis|times\s+a\s+year)\b",
    re.IGNORECASE,
)


#: A body's name as printed: capitalised words, with at most two short joining words
#: between them ("United Nations Observer Group in Central America"). Possessive, one
#: word per step: linear.
_NAME = compile_cached(
    r"[A-Z][\w'’-]*+(?:\s++(?:(?:"
    + "|".join(sorted(JOINING_WORDS))
    + r")\s++){0,2}+[A-Z][\w'’-]*+)*+"
)
#: The acronym printed after a body's name: "... in Central America (ONUCA)", "...
#: Verification Mission II (UNAVEM II)" (:data:`.acted.PRINTED_ACRONYM`).
_ACRONYM = compile_cached(rf"\s?\(({PRINTED_ACRONYM})\)")
#: A name the clause gives as set up before, not the body it sets up: "in consultation
#: with the Committee established by resolution 600 (1987), a Commission of Inquiry".
#: Anchored after the name, bounded: linear.
_SET_UP_BEFORE = compile_cached(
    rf"\s?(?:\({PRINTED_ACRONYM}\)\s?)?,?\s?(?:established|set\s+up|created)\b"
)
#: The words of a name that name the Organization, not the body: "United Nations
#: Observer Group" lives on as "the Observer Group".
_ORGANIZATION = compile_cached(r"^(?:the\s+)?United\s+Nations\s+", re.IGNORECASE)


def _set_up_nouns(lexicon: Lexicon) -> str:
    """The bodies a clause sets up (``[bodies]`` marked ``set_up``), as one alternation
    of literals, longest first, spaces as any run of space."""
    nouns = sorted(lexicon.set_up_bodies, key=lambda k: (-len(k), k))
    return "|".join(r"\s+".join(map(re.escape, k.lower().split())) for k in nouns) or "(?!)"


def _body_noun(lexicon: Lexicon) -> re.Pattern[str]:
    """The body a clause sets up, named with a lower-case head ("a commission", "a
    committee of the Security Council"), for a text that gives it no name of its own:
    the nouns of ``[bodies]`` marked ``set_up``, in any case. At most two words between
    the article and the noun: linear."""
    return compile_cached(
        rf"\b(?:an?|the)\s++(?:[\w-]++\s++){{0,2}}?({_set_up_nouns(lexicon)})\b", re.IGNORECASE
    )


def _ends_on_body(lexicon: Lexicon) -> re.Pattern[str]:
    """A set-up body's noun at the very end of a match, in any case."""
    return compile_cached(rf"\b(?:{_set_up_nouns(lexicon)})\Z", re.IGNORECASE)


def body_lives_on(drafts: Drafts, clause: str, act: str) -> bool:
    """Whether the body the clause ``clause`` sets up (its act, as printed, ``act``)
    lives on in the new text: named there by its name or acronym, or its founding
    resolution (the old text's own symbol) cited. An establishment is done once, no
    need to repeat it, only where the body goes on; where the new text does neither, it
    has left the body behind, and the decision that set it up is a decision removed
    (S/RES/644 (1989) -> 714 (1991): 714 never names ONUCA nor cites 644, and both judges
    read the lost set-up as the headline, softer). A clause that names no body (an
    approval, an appointment, a body the words do not tell) is left done once."""
    new = " ".join(c.full_text() for c in drafts.side("new"))
    rest = clause[len(act) :] if clause.startswith(act) else clause
    lowered = " ".join(new.split()).lower()
    names: list[str] = []
    # The acronyms the name spells (seen23's rule, :func:`.acted.initials`: "United
    # Nations Disengagement Observer Force", UNDOF), looked for as printed, in capitals.
    spelt: set[str] = set()
    for m in _NAME.finditer(rest):
        if not drafts.lexicon.body_words(m.group()):
            continue
        if _SET_UP_BEFORE.match(rest, m.end()) is not None:
            continue
        name = _ORGANIZATION.sub("", m.group()).strip()
        names.append(name)
        # Its name up to the body's own word, where that says more than the word alone:
        # "the Truce Commission" is the "Truce Commission for Palestine".
        head = name[: drafts.lexicon.body_words(name)[0][1]]
        if len(head.split()) > 1:
            names.append(head)
        acronym = _ACRONYM.match(rest, m.end())
        if acronym is not None:
            names.append(acronym.group(1))
        spelt = initials(m.group())
        break
    noun = None
    if not names:
        found = _body_noun(drafts.lexicon).search(rest)
        if found is None:
            return True
        noun = " ".join(found.group(1).split())
    symbol = drafts.symbols[0]
    number = RESOLUTION_NUMBER.search(symbol or "")
    # Its number and its year: "650 (2005)" is another resolution than 650 (1989).
    if number is not None and re.search(rf"\b{number.group(1)}\s*\({number.group()[-5:-1]}\)", new):
        return True
    if noun is not None:
        # A body the clause names by its noun alone lives on as "the Commission", not
        # inside another body's name that holds the noun ("the Economic Commission for
        # Africa", "the Commission on Human Rights"; review of fix23). Literals: linear.
        return _the_body(noun, " ".join(new.split()), any_case=True)
    # As whole words: "UNAMI" is not in "UNAMIR", "commission" not in "submission",
    # "force" not in "forces" (review of fix23). A literal between word edges: linear.
    return (
        any(
            re.search(rf"(?<!\w){re.escape(' '.join(n.split()).lower())}(?!\w)", lowered)
            is not None
            for n in names
        )
        or any(re.search(rf"(?<!\w){a}(?!\w)", new) is not None for a in spelt)
        or _named_by_its_noun(drafts, names[0], new)
    )


def _named_by_its_noun(drafts: Drafts, name: str, new: str) -> bool:
    """Whether the new text speaks of the body ``name`` by its body word alone, as a
    later text does of the one mission it renews: "the Mission", capitalised, not the
    head of another body's name ("the Mission of the African Union", "the Force in
    Lebanon"), where the old text names one body of that word and no other (RESULTS §2fp
    lead 4: "United Nations Observer Mission in Georgia" lives on in a text that says
    only "the Mission"; the review of fix23 named the under-reach). Two missions named
    in the old text leave "the Mission" telling neither: no answer from it. Literals
    between word edges: linear."""
    spans = drafts.lexicon.body_words(name)
    if not spans:
        return False
    word = " ".join(name[spans[0][0] : spans[0][1]].split())
    if not _the_body(word, " ".join(new.split()), any_case=False):
        return False
    old = " ".join(c.full_text() for c in drafts.side("old"))
    named = _named_of_word(drafts, old, word)
    # The new text naming a body of the word by another name (a successor set up in it,
    # "Decides to establish a United Nations Mission in Ruritania", then "the Mission";
    # review of leads24) leaves "the Mission" its own: no answer from it either.
    return len(named) == 1 and _named_of_word(drafts, new, word) <= named


def _the_body(word: str, flat: str, *, any_case: bool) -> bool:
    """Whether ``flat`` speaks of "the <word>" as a body of its own, not as the head of
    another body's name ("the Commission on Human Rights", "the Mission of the African
    Union"): ``word`` in any case (a body named by its noun alone, "a commission"), or as
    printed (a body's own word, "the Mission"). A literal between word edges: linear."""
    the = rf"(?i:the\s+{re.escape(word)})" if any_case else rf"the\s+{re.escape(word)}"
    after = r"(?!\w)(?!\s+(?:of|on|for|in)\s+(?:the\s+)?[A-Z])"
    return re.search(rf"(?<!\w){the}{after}", flat) is not None


def _named_of_word(drafts: Drafts, text: str, word: str) -> set[str]:
    """The bodies ``text`` names whose body word is ``word``, the Organization's words
    taken off, the word alone not counted."""
    return {
        " ".join(_ORGANIZATION.sub("", m.group()).split())
        for m in _NAME.finditer(text)
        if (found := drafts.lexicon.body_words(m.group()))
        and " ".join(m.group()[found[0][0] : found[0][1]].split()) == word
        and m.group().strip() != word
        # "Commends the Mission": a capital's verb before the bare noun is no name.
        and not re.search(r"(?<!\w)the\s+$", m.group()[: found[0][0]])
    }


def done_in_place(shift: Shift, lexicon: Lexicon, old_views: Sequence[ClauseView] = ()) -> Shift:
    """An establishment a later resolution's paragraph no longer speaks of ("Decides
    that the arrangements for the establishment of the Mission shall enter into
    force" → "Welcomes the signature of the agreements"; "encourages the Government
    to establish internal disciplinary mechanisms" → "... to ensure accountability"):
    done by the time of the later text, whoever was asked to do it, not withdrawn.
    What else the paragraph asks is compared clause by clause as usual. (A dropped
    paragraph is stricter, see :func:`act_done_once`: there the whole ask goes.)
    A word whose entry is done once only as a decision (``once_decided``: "expand") is
    spent only where a clause of the old paragraph (``old_views``) decides it: "Requests
    ... recommendations on the expansion of the mandate" expanded nothing."""
    if shift.feature != "lifecycle" or shift.new is not None or shift.direction == "neutral":
        return shift
    once = [(k, x) for k, x in lexicon.lifecycle.items() if x.once and x.label == shift.old]
    if not once:
        return shift
    decided = {
        x
        for v in old_views
        if v.phrase.led and (v.phrase.axis_a or 0) >= DECISION_TIER
        for x in v.phrase.lifecycle
    }
    if all(x.once_decided and k not in decided for k, x in once):
        return shift
    return shift.model_copy(
        update={"direction": "neutral", "note": f"spent: done once ({shift.old})"}
    )


def act_done_in_place(
    shifts: list[Shift], old_views: Sequence[ClauseView], lexicon: Lexicon
) -> list[Shift]:
    """The lead of a clause whose act done once was spent in place (see
    :func:`done_in_place`) weakened with it: "Further decides that the arrangements
    for the establishment of the Mission shall enter into force as soon as the
    agreements are signed" → "Welcomes the signature of the agreements" (UNAVEM 1988
    → 1989) decides nothing less; the decision was carried out. Named, not weighed.
    Only a decision of the Council's own: a request that others establish something
    stays an ask."""
    spent = [
        s
        for s in shifts
        if s.feature == "lifecycle" and s.note and s.note.startswith("spent: done once")
    ]
    if not spent:
        return shifts
    labels = {s.old for s in spent}
    entries = lexicon.lifecycle

    def spent_here(v: ClauseView) -> bool:
        return any(entries[x].label in labels for x in v.phrase.lifecycle if x in entries)

    leads = {
        v.phrase.text.lower()
        for v in old_views
        if v.phrase.led
        # The Council's own decision; a request that others establish something asks
        # on, whatever came of it.
        and (v.phrase.axis_a or 0) >= DECISION_TIER
        and spent_here(v)
    }
    # A shift names its lead by its words only: where another clause of the paragraph
    # opens with the same words and decides something else ("Decides to establish
    # ..., and decides that the parties shall withdraw ..."), which of the two went
    # is not told, and neither is spent.
    leads -= {v.phrase.text.lower() for v in old_views if v.phrase.led and not spent_here(v)}
    return [
        s.model_copy(update={"direction": "neutral", "note": spent[0].note})
        if s.feature in ("verb", "lead")
        and s.direction == "softer"
        and s.old is not None
        and s.old.lower() in leads
        else s
        for s in shifts
    ]


def act_done_once(view: ClauseView, lexicon: Lexicon) -> str | None:
    """The act done once a clause performs, as printed ("Approves", "Decides to
    establish"), or ``None``: an approval or an endorsement, or the Council's own
    decision to establish, its verb right after the lead. "Requests the Mission to
    establish a mechanism" asks someone else to act; "Decides that the Group
    established by the Secretary-General shall continue" names a body, while
    "Decides that the Mission shall be established" establishes it."""
    first = view.phrase
    if not first.led:
        return None
    if (first.axis_a or 0) < DECISION_TIER and lexicon.founds_below_decision(first.lemma):
        # A recommendation that founded a body ("Recommends the creation, …, of a … Force",
        # S/RES/186 (1964)): done once, as a decision to establish is, where the body
        # lives on (:func:`spend` asks :func:`body_lives_on`).
        founding = _founding_act(view, lexicon)
        if founding is None:
            return None
        word = _ACT_WORD.match(founding.text)
        return view.text[: founding.start + (word.end() if word else 0)]
    if lexicon.acts_once(first.lemma):
        return first.text
    appoints = APPOINTS.match(view.text)
    if appoints is not None:
        # Only the appointment: a clause that goes on to ask more ("... and to report
        # to the Council every 90 days", "... and shall report") is no act done once.
        if _APPOINTS_MORE.search(view.text, appoints.end()) is not None:
            return None
        return view.text[: appoints.end()].strip()
    stages = [lexicon.lifecycle[x] for x in first.lifecycle if x in lexicon.lifecycle]
    if not stages or not all(x.once for x in stages) or (first.axis_a or 0) < DECISION_TIER:
        return None
    found = lexicon.lifecycle_in(view.text)
    lead = len(first.text)
    if not found or not view.text.startswith(first.text):
        return None
    direct = _DIRECT_ACT.fullmatch(view.text, lead, found[0].start)
    if direct is None:
        return None
    if direct.group("that"):
        passive = _PASSIVE_ACT.match(view.text, found[0].start)
        if passive is None:
            return None
        return view.text[: passive.end()]
    word = _ACT_WORD.match(found[0].text)
    return view.text[: found[0].start + (word.end() if word else 0)]


def spend(
    drafts: Drafts,
    shifts: list[Shift],
    clause_of: dict[int, int],
    views: Sequence[ClauseView],
    old_text: str,
) -> tuple[list[Shift], str | None]:
    """A dropped paragraph's shifts, those that withdraw nothing made neutral: a
    one-time request whose deadline had passed when the new text was adopted was met
    or overtaken, and an act done once in an earlier resolution was done.

    Of a paragraph of several clauses, an ask with no passed deadline of its own is
    still withdrawn ("Calls upon the agencies to improve monitoring ... and requests
    the Secretary-General to conduct, within six months, a review", Syria 2020), but
    a decision beside the request set up what it asked about ("Decides to dispatch a
    mission ... and requests the mission so constituted to report not later than 1
    March 1973"), and a term run out ("until 15 November 2022") takes the whole
    paragraph with it. An act done once spends its own clause, the unled words after
    it and the clauses that serve it ("to this end"), not another ask beside it.
    ``clause_of`` gives the view each lone shift was read
    from, by its place in ``shifts``. Returns the shifts and, when the whole paragraph
    was the act done once, its note for the measures it names."""
    due = drafts.spent(old_text)
    if due is not None and due.startswith("until ") and renews_to_term(views, drafts.lexicon):
        # A term run out spends no renewal: the mandate, panel or authority the old text
        # renewed "until" a date that had passed, and that the later text does not renew,
        # ended because it was not renewed (RESULTS §2fy: the judges read 7 of the 8 such
        # paragraphs dropped softer, the second judges 4 of 4; the eighth, a two-day
        # rollover of the whole resolution, stands by :func:`.standing.kept_in_force`).
        # A one-time request whose deadline passed is still spent.
        due = None
    led = [k for k, v in enumerate(views) if v.phrase.led]
    spent: set[int] | None
    if due is not None:
        note = f"spent: due {due}"
        spent = None
        if len(led) > 1 and not due.startswith(("to ", "until ")):
            spent = {
                k
                for k, v in enumerate(views)
                if not v.phrase.led
                or (v.phrase.axis_a or 0) >= DECISION_TIER
                or drafts.spent(v.text) is not None
            }
        whole = None
    else:
        k0 = next(iter(led), None)
        act = (
            act_done_once(views[k0], drafts.lexicon)
            if drafts.successor and k0 is not None
            else None
        )
        # A one-time request to the Secretary-General to report, gone from a later text
        # that newly has his report on the matter before it, or asks him to report on it
        # again: met or restated, not withdrawn (the judges' reason for 31 dropped
        # provisions: "spent request for a report on the results of the Arusha talks").
        # Only a paragraph that asks nothing else.
        if (
            (act is None or k0 is None)
            and drafts.successor
            and led
            and all(
                _ASKS_REPORT.match(views[k].text) and not _RECURRING.search(views[k].text)
                for k in led
            )
            and drafts.reports_stand(old_text)
        ):
            note = "spent: a report the later text has or asks for again"
            out = [
                s.model_copy(update={"direction": "neutral", "note": note})
                if s.direction != "neutral"
                else s
                for s in shifts
            ]
            return out, None
        if act is None or k0 is None:
            return shifts, None
        if _establishes(views[k0], drafts.lexicon) and not body_lives_on(
            drafts, views[k0].text, act
        ):
            return shifts, None
        note = f"spent: done once ({act})"
        # The act's clause, the unled words after it, and the clauses that serve it
        # ("and requests the Secretary-General to take the necessary steps to this
        # end"); another ask in the paragraph ("and demands that all parties cease
        # hostilities") is withdrawn as usual.
        spent = {
            k
            for k in range(k0, len(views))
            if k == k0 or not views[k].phrase.led or _SERVES_ACT.search(views[k].text)
        }
        whole = note if spent >= set(range(k0, len(views))) else None
    out = [
        s.model_copy(update={"direction": "neutral", "note": note})
        if s.direction != "neutral"
        and (spent is None or clause_of.get(k, -1) in spent or k not in clause_of)
        else s
        for k, s in enumerate(shifts)
    ]
    return out, whole


def _founding_act(view: ClauseView, lexicon: Lexicon) -> LifecycleMatch | None:
    """The lexicon's establishment of a body (a life-cycle start done once, whose words
    end on a body ``[bodies]`` marks ``set_up``) that ``view`` does as the Council's own
    act: its lead at a decision's tier, or one that founds below it (verbs.toml
    ``founds``: "Recommends"), the act right after the lead ("Decides to establish",
    "Recommends the creation, …, of a … Force") or the lead itself ("Establishes a
    Committee"). ``None`` for an ask that others set something up ("Requests the
    Secretary-General to establish"), a body named by the act that set it up, or a
    set-up that is no body's ("Decides to establish the mandate")."""
    first = view.phrase
    if not first.led or not view.text.startswith(first.text):
        return None
    if (first.axis_a or 0) < DECISION_TIER and not lexicon.founds_below_decision(first.lemma):
        return None
    lead = len(first.text)
    body = _ends_on_body(lexicon)
    for m in lexicon.lifecycle_in(view.text):
        entry = lexicon.lifecycle.get(m.id)
        if entry is None or entry.stage != "start" or not entry.once:
            continue
        if body.search(m.text) is None:
            return None
        if m.start < lead:
            # The lead is the act ("Establishes a Committee"): a verb done once.
            return m if lexicon.acts_once(first.lemma) and m.start == 0 else None
        direct = _DIRECT_ACT.fullmatch(view.text, lead, m.start)
        return m if direct is not None and not direct.group("that") else None
    return None


def founds(view: ClauseView, lexicon: Lexicon) -> str | None:
    """The words by which ``view`` founds a body, as the Council's own act, up to the
    body's noun ("Decides to set up immediately, under its authority, a United Nations
    Emergency Force", "Recommends the creation, with the consent of the Government of
    Cyprus, of a United Nations Peace-keeping Force"), or ``None``: one reading of
    "establishes a body" for compare's acts done once and the series' founding texts
    (:func:`resdiff.series.grouping.founding`)."""
    found = _founding_act(view, lexicon)
    return None if found is None else view.text[: found.end]


def _establishes(view: ClauseView, lexicon: Lexicon) -> bool:
    """Whether the act done once of ``view`` sets something up (a life-cycle start), not
    an approval, an endorsement or an appointment."""
    first = view.phrase
    if APPOINTS.match(view.text) is not None:
        return False
    if lexicon.acts_once(first.lemma):
        # A verb done once at a decision's tier creates an organ ("Establishes a
        # commission"); one below it approves or endorses.
        return (first.axis_a or 0) >= DECISION_TIER
    return any(
        lexicon.lifecycle[x].stage == "start" for x in first.lifecycle if x in lexicon.lifecycle
    )


def level_kept(shift: Shift, lexicon: Lexicon) -> Shift:
    """A later resolution that maintains what the old one drew down keeps the reduced
    level, it does not reverse the drawdown: "Decides to reduce the authorized troop
    ceiling to 3,250" → "Decides to maintain the troop ceiling ... set in resolution
    2609 (2021)" (UNISFA 2021 → 2022, judged reworded) was "drawn down → maintained",
    stronger. So does one that extends what the old one enlarged. A revised draft of the
    same text that keeps the ceiling in place of the cut, or extends in place of the
    enlargement (the classifier's ``successor`` is false there), still weighs."""
    if shift.feature != "lifecycle" or shift.old is None or shift.new is None:
        return shift
    stage = {e.label: e.stage for e in lexicon.lifecycle.values()}
    if stage.get(shift.new) != "continue":
        return shift
    if stage.get(shift.old) == "reduce":
        return shift.model_copy(
            update={"direction": "neutral", "note": "the level the old text set, kept"}
        )
    if stage.get(shift.old) == "expand":
        # Likewise an enlargement: "Decides to expand the mandate of the Group" → (a
        # later resolution) "Decides to extend the mandate of the Group" extends the
        # mandate as enlarged; only a revised draft of the same text that extends in
        # place of the enlargement is softer.
        return shift.model_copy(
            update={"direction": "neutral", "note": "the enlargement the old text made, kept"}
        )
    return shift
