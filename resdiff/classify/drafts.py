"""What the classifier knows of the two whole drafts, beside the provision it compares:
where a clause that left a paragraph went (:meth:`Drafts.elsewhere`), whether a stage
of a mandate's life cycle stood in the old text (:meth:`Drafts.continues`), the deadlines
the new text let pass (:meth:`Drafts.spent`), and the measures and grants of force the
whole of one draft still holds (:meth:`Drafts.held_elsewhere`, :meth:`Drafts.force_held`).
Each index is built on first need and kept for the comparison: most comparisons move no
clause and drop no measure."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Sequence

from ..align import AU_MISSION_ACRONYM, MISSION_ACRONYM
from ..analyze import analyze_clause
from ..analyze.citing import cite_alike
from ..brackets import spanned_parts
from ..clauses import DECISION_TIER, WEIGHTY_AXIS_A, content_words, words_text
from ..compiled import compile_cached
from ..lexicon import Lexicon
from ..lexicon.results import Citation
from ..model import (
    FLAG_ALREADY_HELD,
    FLAG_STILL_HELD,
    MODE_RANK,
    Clause,
    MeasureMode,
    Phrase,
    Shift,
)
from ..quantities import expired_terms, spent_deadline
from .acted import _acted_in, _names_near
from .hosts import MOVED_CLAUSE_SHARE, MOVED_CLAUSE_WORDS, TextHosts
from .modes import strongest_measures

__all__ = ["DECLARATORY_TIER", "RECAST_ASK_SHARE", "RECAST_ASK_WORDS", "Drafts"]

#: A decision that decides not to act: "Decides not to extend the mandate".
_NOT_TO = compile_cached(r"\s*+not\b", re.IGNORECASE)
#: The words of any request to report, which tell nothing of what it is about.
_REPORT_WORDS = frozenset(
    {"requests", "secretary-general", "report", "reports", "submit", "provide", "present"}
    | {"council", "security", "also", "further", "soon", "possible", "implementation"}
    | {"resolution", "present", "later", "than", "within", "days", "months", "weeks"}
)
#: A report of the Secretary-General before the Council ("Having considered the report
#: of the Secretary-General", "Welcoming the Secretary-General's report"), or a request
#: that he report ("requests the Secretary-General to report", "to submit a report").
_REPORTS_STAND = compile_cached(
    r"\breports?\s+of\s+the\s+Secretary-General\b|\bSecretary-General['’]s\s+(?:[\w-]+\s+)?"
    r"reports?\b|\bSecretary-General\s+to\s+(?:continue\s+to\s+)?(?:report\b|submit\s+"
    r"(?:to\s+the\s+(?:Security\s+)?Council\s+)?(?:a|an|his)\s+(?:[\w-]+\s+){0,2}?reports?\b)",
    re.IGNORECASE,
)
#: Characters a short clause's words may stand beyond its own length after the lead of
#: the paragraph found to host it (see :meth:`Drafts._same_lead_host`).
_LEAD_HOST_SLACK = 20
#: The least share of a recital's removed ask's words that an operative paragraph asking
#: the same addressee as firmly must hold to be where the ask went ...
RECAST_ASK_SHARE = 0.15
#: ... and the least number of those words besides the addressee's own.
RECAST_ASK_WORDS = 4
#: The tier of a declaratory verb ("stresses", "underlines", "recalls"): a provision led so
#: restates, it grants nothing (see Drafts.force_held).
DECLARATORY_TIER = 1
#: Who a grant of force names: a United Nations mission's acronym ("UNMISS", "MONUSCO",
#: as the aligner reads addressees), a regional force's, or the Mission, the Force or the
#: Operation by that word.
_ACTOR = compile_cached(
    rf"\b(?:{MISSION_ACRONYM}|{AU_MISSION_ACRONYM}|ECOMOG)\b"
    r"|\b(?:the|its)\s+(?P<body>Mission|Force|Operation)\b"
)


def _actors(text: str) -> frozenset[str]:
    """The actors a text names for :meth:`Drafts.force_held`."""
    return frozenset(m.group("body") or m.group() for m in _ACTOR.finditer(text))


def _near_together(text: str, words: frozenset[str], reach: int) -> bool:
    """Whether ``text`` holds each of ``words`` (lower case) within one stretch of
    ``reach`` characters that opens where one of them stands: what any stretch of
    ``text`` that length must hold for its content words to include them all (each is a
    substring of the lower-cased stretch).

    One sweep over the places the words stand, in order, with one pointer a word: looking
    for the other words within ``reach`` of every place would read ``reach`` characters
    a place, quadratic in a long paragraph of one repeated word."""
    lowered = words_text(text)
    if len(lowered) != len(text):
        return True  # lower-casing moved the offsets: no test
    places: list[tuple[int, list[int]]] = []
    for word in words:
        found: list[int] = []
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + 1)
        if not found:
            return False
        places.append((len(word), found))
    if not places:
        return False
    pointers = [0] * len(places)
    for start in sorted({at for _, found in places for at in found}):
        end = start + reach
        for k, (size, found) in enumerate(places):
            # The first place of this word at or after the stretch's start: the one that
            # ends first, so the one to test against the stretch's end.
            i = pointers[k]
            while found[i] < start:
                i += 1
                if i == len(found):
                    return False  # this word stands nowhere after here, nor any later
            pointers[k] = i
            if found[i] + size > end:
                break
        else:
            return True
    return False


class Drafts:
    """The two whole drafts of a comparison, as the classifier looks things up in them.
    ``dates`` are the dates of the old and the new text, when known; ``successor`` says
    the new text is a later resolution than the old one (see
    :func:`.standing.later_resolution`); ``symbols`` the symbols of the old and the new
    text, when known."""

    def __init__(
        self,
        lexicon: Lexicon,
        *,
        dates: tuple[_dt.date | None, _dt.date | None] = (None, None),
        successor: bool = False,
        symbols: tuple[str | None, str | None] = (None, None),
    ) -> None:
        self.lexicon = lexicon
        self.dates = dates
        self.symbols = symbols
        self.successor = successor
        self.know((), ())

    def know(self, old: Sequence[Clause], new: Sequence[Clause]) -> None:
        """Start over with the paragraphs of two drafts."""
        self._drafts: dict[str, Sequence[Clause]] = {"old": old, "new": new}
        self._hosts: dict[str, TextHosts] = {}
        self._place_of: dict[str, dict[str, int]] = {}
        # Content words by paragraph text: the two drafts share most paragraphs, so the
        # second side's word index reads only the paragraphs the revision touched.
        self._words: dict[str, frozenset[str]] = {}
        # End dates of the old text's terms that the new one moved on (see spent).
        self._expired: frozenset[_dt.date] | None = None
        # The measures each whole draft imposes (see held_elsewhere).
        self._held: dict[str, dict[str, tuple[str, MeasureMode, str]]] = {}
        # The operative decisions of each whole draft that authorise force, with the
        # actors they name (see force_held).
        self._force_grants: dict[str, list[tuple[str, frozenset[str]]]] = {}
        self._texts: dict[str, set[str]] = {}
        # The operative paragraphs of the new draft that name each addressee (see
        # _same_ask_elsewhere).
        self._asking: dict[str, list[int]] = {}
        self._old_stages: frozenset[str] | None = None
        # The old operative paragraphs that set up, extended or renewed something (see
        # carries_on).
        self._old_starts: list[str] = []
        self._old_names: frozenset[str] | None = None
        # The clauses of each whole draft inside brackets that span paragraphs (see
        # spanned).
        self._spans: dict[str, frozenset[int]] = {}
        # Paragraphs read on demand, by identity: the clauses live as long as the
        # drafts known here, and one paragraph may be asked for by many moved clauses.
        # The clause is kept beside its reading so that its id cannot be reused.
        self._read: dict[int, tuple[Clause, Clause]] = {}
        self._report_paragraphs: list[str] | None = None

    def side(self, side: str) -> Sequence[Clause]:
        """The paragraphs of the ``"old"`` or the ``"new"`` draft."""
        return self._drafts.get(side, ())

    def spanned(self, side: str) -> frozenset[int]:
        """The ``id`` of each clause of ``side`` inside brackets that span paragraphs
        (found on first need: most drafts hold no bracket)."""
        found = self._spans.get(side)
        if found is None:
            found = self._spans[side] = spanned_parts(self._drafts.get(side, ()))
        return found

    def content_words(self, text: str) -> frozenset[str]:
        """The content words of ``text`` (:func:`~resdiff.clauses.content_words`), worked
        out once per text for the whole comparison."""
        words = self._words.get(text)
        if words is None:
            words = self._words[text] = content_words(text)
        return words

    def hosts(self, side: str) -> TextHosts:
        """The paragraphs of ``side`` as hosts of a moved clause (built on first need: most
        comparisons never move a clause)."""
        hosts = self._hosts.get(side)
        if hosts is None:
            paragraphs = self._drafts.get(side, ())
            hosts = self._hosts[side] = TextHosts([words_text(c.full_text()) for c in paragraphs])
        return hosts

    def elsewhere(
        self,
        words: frozenset[str],
        added: bool,
        here: tuple[str, ...],
        phrase: Phrase | None = None,
    ) -> str | None:
        """The paragraph of the other draft that holds ``words`` (a clause's), as "new
        OP5", or ``None``. With the clause's ``phrase``: only a paragraph that asks or
        censures at least as firmly holds it ("Demands that all parties cease
        hostilities" does not stand in "Urges all parties to cease hostilities")."""
        side = "old" if added else "new"
        paragraphs = self._drafts.get(side)
        if not paragraphs:
            return None
        # A short clause's words stand somewhere in any long text: only all of them,
        # in one paragraph, tell where it went ("requests the Secretary-General to take
        # the necessary administrative measures to this effect", moved with the group
        # of experts it serves).
        share = MOVED_CLAUSE_SHARE if len(words) >= MOVED_CLAUSE_WORDS else 1.0
        hosts = self.hosts(side)
        excluded = {k for ref in here if (k := self.places(side).get(ref)) is not None}
        host = hosts.best(
            words,
            lambda k: self.content_words(paragraphs[k].full_text()),
            exclude=excluded,
            share=share,
        )
        if host is None and phrase is not None and phrase.led and 2 <= len(words) < 4:
            host = self._same_lead_host(words, phrase, paragraphs, hosts, excluded)
        if host is None:
            return None if added else self._same_ask_elsewhere(words, here, phrase)
        if phrase is not None and not _as_firm(self.read(paragraphs[host]), phrase, words):
            return None
        if (
            excluded
            and paragraphs[host].section == "preamble"
            and all(paragraphs[k].section == "operative" for k in excluded)
        ):
            # Words of an operative provision that stand only in a recital of the other
            # draft were demoted ("Deplores all violent incidents" gone from an operative
            # paragraph, recalled in a recital: Israel-Jordan 1968, judged softer), or,
            # added, promoted: a change of force (domain.md §2), not words moved. (Only
            # where the clause's paragraph is paired: ``here`` names its counterparts.)
            return None
        return f"{side} {paragraphs[host].ref}"

    def _same_lead_host(
        self,
        words: frozenset[str],
        phrase: Phrase,
        paragraphs: Sequence[Clause],
        hosts: TextHosts,
        excluded: set[int],
    ) -> int | None:
        """For a clause of too few words to be found by them alone ("and calls upon all
        parties to cease such attacks", split off into a paragraph of its own with more
        asked of them): the paragraph of the other draft that opens with the same lead
        and holds every one of its words close after it, within half again the clause's
        length ("condemns terrorist attacks" is not "Condemns the attacks by the security
        forces against persons suspected of belonging to terrorist groups")."""
        rarest = max(words, key=len)
        length = (phrase.end - phrase.start) if phrase.end is not None else len(phrase.text)
        reach = length * 3 // 2 + _LEAD_HOST_SLACK
        for k in sorted(hosts.holding(rarest)):
            if k in excluded:
                continue
            # Each content word is a substring of the lower-cased text it was read from:
            # looking for the words costs far less than reading the text's words, which
            # most of the paragraphs holding the rarest word lack (5,000 paragraphs: 1,264
            # paragraphs, 111 with every word).
            lowered = hosts.text(k)
            if any(w not in lowered for w in words) or not words <= self.content_words(
                paragraphs[k].full_text()
            ):
                continue
            if not _near_together(paragraphs[k].text, words, reach):
                # Read only a paragraph whose text could pass the test below: reading
                # costs an analysis, and a common pair of words ("parties", "implement")
                # stands in hundreds of paragraphs of a long draft.
                continue
            read = self.read(paragraphs[k])
            opening = next((p for p in read.phrases if p.led), None)
            if opening is None or opening.lemma != phrase.lemma:
                continue
            if words <= content_words(read.text[opening.start : opening.start + reach]):
                return k
        return None

    def _same_ask_elsewhere(
        self, words: frozenset[str], here: tuple[str, ...], phrase: Phrase | None
    ) -> str | None:
        """A recital's ask gone from a recital kept (``here``: its new refs) and made an
        operative paragraph of the new draft, found by what it is rather than by its
        words: the same addressee asked at least as firmly by the opening clause of an
        operative paragraph, with at least :data:`RECAST_ASK_SHARE` of the words.
        A recital's "calling on member States and other international partners to scale
        up funding and contribute to the United Nations humanitarian appeals" became
        "Calls on Member States and international and regional organisations to respond
        swiftly to the humanitarian needs ... through increased contributions" (MONUSCO
        2021 → 2022): promoted, not dropped."""
        if phrase is None or not phrase.led or (phrase.axis_a or 1) < WEIGHTY_AXIS_A:
            return None
        who = (phrase.addressee or "").lower()
        if not who or not words:
            return None
        places = self.places("new")
        drafted = self._drafts.get("new", ())
        skip = {k for ref in here if (k := places.get(ref)) is not None}
        # Only a promotion: within one part, an ask of one addressee gone beside another
        # of the same addressee is most often another ask (judged so on the benchmark),
        # and an operative ask gone to a recital is demoted, which weighs.
        if not skip or any(drafted[k].section != "preamble" for k in skip):
            return None
        addressee = set(who.split())
        best: tuple[int, str] | None = None
        asking = self._asking.get(who)
        if asking is None:
            # Only a paragraph that names the addressee can ask it: found by one scan of
            # the draft's text, rather than looking at every paragraph's words (a long
            # draft's recitals asking "all parties" each looked at thousands).
            asking = self._asking[who] = [
                k for k in self.hosts("new").every_holding(who) if drafted[k].section == "operative"
            ]
        for k in asking:
            paragraph = drafted[k]
            if k in skip:
                continue
            # The words first: reading a paragraph costs far more than its word set.
            # Some words of what is asked, besides who is asked: "all parties" and
            # "people" do not make a call for humanitarian access one to cease hostilities.
            common = words & self.content_words(paragraph.full_text())
            own = len(common - addressee)
            if (
                len(common) / len(words) < RECAST_ASK_SHARE
                or own < RECAST_ASK_WORDS
                or (best is not None and own <= best[0])
            ):
                continue
            read = self.read(paragraph)
            opening = next((p for p in read.phrases if p.led), None)
            if (
                opening is not None
                and (opening.addressee or "").lower() == who
                and (opening.axis_a or 1) >= (phrase.axis_a or 1)
            ):
                best = (own, paragraph.ref)
        return f"new {best[1]}" if best is not None else None

    def continues(self, label: str | None) -> bool:
        """Whether the life-cycle stage ``label`` of a clause the new draft adds
        ("extended", "enlarged") stood in the old draft already: an extension, renewal or
        establishment where the old one established, extended or renewed anything
        ("Decides to establish UNITAMS" → "Decides to extend the mandate of UNITAMS"), an
        enlargement or expansion where it enlarged or expanded anything. The whole old
        text is read, not what each word acts on: a new text that extends the mandate of
        one body while the old renewed the measures of another is read as continuing too
        (the cautious side: the clause then weighs as its verb; :meth:`carries_on` tells
        whether it carries on the same thing)."""
        stage = self._stage(label)
        if self._old_stages is None:
            # Every old paragraph read (one kept word for word is never analysed, and it
            # sets up the mandate all the same), but only what the old text decided: a
            # recital recalling "resolution 693 (1991), by which it established ONUSAL", a
            # request for recommendations "on whether to extend", or "Decides not to
            # extend the mandate" set up nothing.
            entries = self.lexicon.lifecycle
            stages: set[str] = set()
            for c in self._drafts.get("old", ()):
                if c.section != "operative":
                    continue
                for d in self.read(c).walk():
                    decided = {
                        entries[x].stage
                        for p in d.phrases
                        if p.led
                        and ((p.axis_a or 0) >= DECISION_TIER or self.lexicon.acts_once(p.lemma))
                        and _NOT_TO.match(d.text, len(p.text) + p.start) is None
                        for x in p.lifecycle
                        if x in entries
                    }
                    stages |= decided
                    if decided & _CARRIED:
                        self._old_starts.append(d.text)
            self._old_stages = frozenset(stages)
        kin = {"expand"} if stage == "expand" else _CARRIED
        return bool(kin & self._old_stages)

    def carries_on(self, label: str | None, text: str) -> bool:
        """Whether the extension or renewal ``label`` (a ``continue`` stage) in ``text``,
        a clause the new draft adds, carries on what the old draft set up, extended or
        renewed: the same thing, told by the names near the life-cycle words
        (``_names_near`` in :mod:`.acted`): "Decides to establish the United Nations
        Emergency Force" → "decides that the mandate of the United Nations Emergency
        Force shall be extended". An extension that names nothing ("Decides to extend
        the mandate for six months") is taken for the old one's; one that names what no
        old set-up or renewal names is not: a mission's mandate extended where the old
        text renewed only the sanctions measures, or the Panel's mandate, is a renewal
        the old text did not make."""
        if self._stage(label) != "continue" or label is None or not self.continues(label):
            return False
        names = _names_near(text, label, self.lexicon)
        if not names:
            return True
        if self._old_names is None:
            carried = {e.label for e in self.lexicon.lifecycle.values() if e.stage in _CARRIED}
            self._old_names = frozenset(
                name
                for old in self._old_starts
                for old_label in carried
                for name in _names_near(old, old_label, self.lexicon)
            )
        return bool(names & self._old_names)

    def renewed_elsewhere(self, shift: Shift, old_text: str, new_refs: Sequence[str]) -> Shift:
        """A renewal or extension (a ``continue`` stage) a kept provision no longer states
        while the new draft decides it, for the same thing, in an operative paragraph of
        its own that the old draft did not hold as it is: the renewal moved, and the
        provision's reason says where ("measure or mandate no longer renewed" of
        S/RES/830 (1993) OP1, whose "To renew the mandate of the United Nations
        Disengagement Observer Force" stands in 2530 (2020) OP15, "to renew the mandate
        of UNDOF"). Only the note: the shift keeps its direction and weight in the
        provision, and the summary weighs it nothing (``_stage_unweighed``), still named
        among the key changes. The same thing as in :meth:`carries_on`: a name near the
        stage on both sides, or none on one."""
        label = shift.old
        if (
            shift.feature != "lifecycle"
            or shift.new is not None
            or shift.direction == "neutral"
            or self._stage(label) != "continue"
            or label is None
        ):
            return shift
        names = _names_near(old_text, label, self.lexicon)
        texts = self._other_texts("new")
        for clause in self._drafts.get("new", ()):
            if clause.section != "operative" or clause.ref in new_refs:
                continue
            acted = _acted_in(self.read(clause), self.lexicon).get(label)
            if acted is None or clause.full_text() in texts:
                continue
            there, nameless = acted
            if not names or nameless or names & there:
                return shift.model_copy(update={"note": f"still {label} in new {clause.ref}"})
        return shift

    def _stage(self, label: str | None) -> str | None:
        """The life-cycle stage (lifecycle.toml) of the entry labelled ``label``."""
        return next((e.stage for e in self.lexicon.lifecycle.values() if e.label == label), None)

    def places(self, side: str) -> dict[str, int]:
        """Where each paragraph of one draft stands, by its ref: built once, not searched
        at each clause that may have moved."""
        places = self._place_of.get(side)
        if places is None:
            paragraphs = self._drafts.get(side) or ()
            places = self._place_of[side] = {c.ref: k for k, c in enumerate(paragraphs)}
        return places

    def read(self, clause: Clause) -> Clause:
        """``clause`` with its phrases read: a paragraph both drafts keep word for word is
        left unread by the comparison (analyze_pair), and may be the one a clause moved
        into."""
        if any(c.phrases for c in clause.walk()) or not clause.text:
            return clause
        known = self._read.get(id(clause))
        if known is None or known[0] is not clause:
            known = self._read[id(clause)] = (clause, analyze_clause(clause, self.lexicon))
        return known[1]

    def reports_stand(self, asked: str) -> bool:
        """Whether the new draft newly has a report of the Secretary-General on what
        ``asked`` (a request to report, gone) was about, or asks him to report on it again:
        what the request was met or restated by. Only a paragraph the old draft does not
        hold word for word counts ("Having considered the report ... (S/2021/883)" with
        its symbol moved on), and only one that shares a word of the request's subject."""
        if self._report_paragraphs is None:
            old = {c.full_text() for c in self._drafts.get("old", ())}
            self._report_paragraphs = [
                text
                for c in self._drafts.get("new", ())
                if (text := c.full_text()) not in old and _REPORTS_STAND.search(text)
            ]
        if not self._report_paragraphs:
            return False
        subject = self.content_words(asked) - _REPORT_WORDS
        if not subject:
            return True
        return any(subject & self.content_words(text) for text in self._report_paragraphs)

    def spent(self, text: str) -> str | None:
        """The passed deadline of a one-time request in ``text``, gone from the new
        draft (see :func:`spent_deadline`); ``None`` when the new draft's date is unknown."""
        on = self.dates[1]
        if on is None:
            return None
        if self._expired is None:
            # Built on first need: most comparisons drop no clause.
            drafts = self._drafts
            self._expired = expired_terms(
                " ".join(c.full_text() for c in drafts.get("old", ())),
                " ".join(c.full_text() for c in drafts.get("new", ())),
                on,
            )
        # A deadline counted from adoption runs only from an adoption: a draft's clock never
        # started.
        since = self.dates[0] if self.successor else None
        return spent_deadline(text, on, self._expired, since=since, lexicon=self.lexicon)

    def force_held(self, shift: Shift, side: str, provision: Sequence[Clause]) -> Shift:
        """An authorization of force restated in a declaratory provision ("stresses that
        UNMISS's mandate ... includes authority to use all necessary means") that the
        provision drops (or gains) while the ``side`` draft grants force to the same actor
        in an operative decision of its own ("Decides ... authorizes UNMISS to use all
        necessary means"): the force authorized did not move (UNMISS 2020 -> 2022). Named,
        not weighed. A provision that decides, authorises or asks is a grant (or an ask)
        of its own, whoever else the text authorises: the French forces' "all means" in
        support of MINUSCA, ended while the Mission keeps its own (MINUSCA 2021 -> 2022);
        "Calls upon States cooperating with the Government to use all necessary means to
        repress acts of piracy". Without an actor named in both (the Mission's acronym,
        "the Mission", "the Force") nothing says the grant is the one restated. A recital
        that recalls an earlier authorization holds none (see :func:`flags_held` for the
        flags a text carries as a whole, which quotes do not hold either)."""
        lead = provision[0].lead_phrase if provision else None
        if lead is None or (lead.axis_a or 0) > DECLARATORY_TIER:
            return shift
        actors = _actors(" ".join(c.full_text() for c in provision))
        if not actors:
            return shift
        if side not in self._force_grants:
            # Paragraphs both drafts keep word for word are not read by the comparison
            # (see read): only those that name force are.
            self._force_grants[side] = [
                (c.ref, _actors(c.full_text()))
                for c in self._drafts.get(side, ())
                if c.section == "operative"
                and self.lexicon.use_of_force_in(c.full_text())
                and (c_lead := self.read(c).lead_phrase) is not None
                and (c_lead.axis_a or 0) >= DECISION_TIER
            ]
        there = next((ref for ref, who in self._force_grants[side] if who & actors), None)
        if there is None:
            return shift
        note = f"still granted in new {there}" if side == "new" else f"granted in old {there}"
        return shift.model_copy(
            update={
                "direction": "neutral",
                "note": note,
                "detail": FLAG_STILL_HELD if side == "new" else FLAG_ALREADY_HELD,
            }
        )

    def held_elsewhere(
        self,
        shift: Shift,
        kind: str,
        mode: MeasureMode,
        side: str,
        cited: Sequence[Citation] | None = None,
    ) -> Shift:
        """A measure gone from (or added to) a provision that stays, or gone with a
        provision dropped, which the ``side`` draft imposes all the same, at least as
        firmly, in a paragraph the other draft does not hold as it is, was moved, not
        lifted (or imposed): the 1540 Committee's group of experts, named in its extension
        in 2022 and in a paragraph of its own in the ten-year renewal; South Africa's arms
        embargo, called for in 1970 and decided in 1977. Named, not weighed. ``cited``:
        the paragraphs a measure applied by reference cites (``analyze.citing``); another
        paragraph's stand-in holds it only where the two may be the same measures."""
        clauses = self._drafts.get(side)
        if not clauses:
            return shift
        if cited is not None and kind in self.lexicon.stand_in_measures():
            return self._stand_in_elsewhere(shift, kind, mode, side, cited)
        held = self._held.get(side)
        if held is None:
            held = self._held[side] = strongest_measures(d for c in clauses for d in c.walk())
        there = held.get(kind)
        if there is None or MODE_RANK[there[1]] < MODE_RANK[mode]:
            return shift
        texts = self._other_texts(side)
        holder = next((c for c in clauses if any(d.ref == there[2] for d in c.walk())), None)
        if holder is None or holder.full_text() in texts:
            # The paragraph that holds it stood as it is in the other draft: the measure
            # was imposed twice, and this provision no longer imposes it.
            return shift
        return shift.model_copy(
            update={"direction": "neutral", "note": f"still imposed in {side} {there[2]}"}
        )

    def _other_texts(self, side: str) -> set[str]:
        """The paragraphs of the draft other than ``side``, as their full texts."""
        other = "old" if side == "new" else "new"
        texts = self._texts.get(other)
        if texts is None:
            texts = self._texts[other] = {c.full_text() for c in self._drafts.get(other, ())}
        return texts

    def _stand_in_elsewhere(
        self, shift: Shift, kind: str, mode: MeasureMode, side: str, cited: Sequence[Citation]
    ) -> Shift:
        """:meth:`held_elsewhere` for the measures applied by reference: one kind by
        name, but the renewal of "the measures ... set out in paragraphs 4 and 5 of
        resolution 2488 (2019)" is not held by that of "paragraphs 9, 14, and 16 to 19 of
        resolution 2399 (2018)" beside it (CAR, S/RES/2507 (2020) OP3 and OP4): only a
        stand-in of the ``side`` draft that cites a paragraph in common
        (:func:`.citing.cite_alike`), in a paragraph the other draft does not hold as it
        is, at least as firmly."""
        texts = self._other_texts(side)
        for clause in self._drafts.get(side, ()):
            if clause.full_text() in texts:
                continue
            for part in clause.walk():
                for measure in part.measures:
                    if (
                        measure.kind == kind
                        and not measure.ends
                        and MODE_RANK[measure.mode] >= MODE_RANK[mode]
                        and cite_alike(cited, self.lexicon.citations_in(part.text))
                    ):
                        return shift.model_copy(
                            update={
                                "direction": "neutral",
                                "note": f"still imposed in {side} {part.ref}",
                            }
                        )
        return shift


#: The life-cycle stages that an extension or renewal carries on: a set-up, an
#: extension or a renewal.
_CARRIED = frozenset({"start", "continue"})


def _as_firm(host: Clause, phrase: Phrase, words: frozenset[str] = frozenset()) -> bool:
    """Whether ``host`` (a paragraph with its sub-paragraphs, read) asks and censures at
    least as firmly as ``phrase``'s lead; a paragraph with no lead holds any words.
    Where one led clause of the host holds most of ``words``, that clause's lead is the
    one weighed, not the firmest of the paragraph: "... and welcomes the active
    diplomacy of President Tshisekedi ... and his continued efforts with States in the
    region to build good relations" (MONUSCO 2021 OP3, beside a call) held under a
    welcome what "encourages his continued efforts ..." asks (2022 OP2, judged
    stronger): a new encouragement, not words moved."""
    spans: list[tuple[Phrase, frozenset[str]]] = []
    for c in host.walk():
        led = [p for p in c.phrases if p.led]
        for k, p in enumerate(led):
            end = led[k + 1].start if k + 1 < len(led) else len(c.text)
            spans.append((p, content_words(c.text[p.start : end])))
    if not spans:
        return True
    most = max(len(words & held) for _, held in spans)
    if 2 * most > len(words):
        # Of clauses that hold as many of the words, any as firm holds them: "Welcomes
        # his continued efforts ..., and encourages the President in his continued
        # efforts ..." holds an encouragement whichever of the two comes first.
        return any(
            (p.axis_a or 1) >= (phrase.axis_a or 1) and (p.axis_b or 0) >= (phrase.axis_b or 0)
            for p, held in spans
            if len(words & held) == most
        )
    asks = max(p.axis_a or 1 for p, _ in spans)
    censures = max(p.axis_b or 0 for p, _ in spans)
    return asks >= (phrase.axis_a or 1) and censures >= (phrase.axis_b or 0)
