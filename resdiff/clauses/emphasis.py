"""Emphasis: the words that press an ask or a censure harder ("immediately", "fully",
"in the strongest terms", "all" read alone) put into or taken out of a provision, each
named as printed. The emphasis part of :class:`~resdiff.clauses.qualifiers._QualifierComparer`,
kept in a room of its own."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from ..brackets import fold_brackets
from ..compiled import compile_cached
from ..lexicon import Lexicon, QualifierMatch
from ..model import Direction, Redline, Shift
from ..redline import DELETE, EQUAL, INSERT, redline
from .views import _WORD, ClauseView, _flip, pressed_ask
from .wording import (
    _as_named,
    _displaced,
    _traded,
    _with_new_words,
    under_censure,
)

#: How much of the text after a word read alone is looked at: the five words
#: :meth:`_EmphasisComparer._emphasis_before` reads, with room for long ones.
_AFTER_CHARS = 80
#: The most word pairs of two runs, one replacing the other whole, matched word by word
#: to find where "all" came in (a clause's runs hold tens of words).
_RUN_MATCH_LIMIT = 250_000
#: Words "all" may stand in for without more words: "the area" -> "all areas".
_DETERMINERS = frozenset({"the", "its", "their", "these", "those", "such", "this", "that"})


#: Where what a report is to cover opens: "to include in his reports", "to report on",
#: "a report on", "briefings on". A word after it, in the same clause, describes what
#: is reported; "to report fully on" and "report immediately" press the reporting.
_REPORT_OBJECT = compile_cached(
    r"\binclude\s++in\s++(?:his|her|its|their|the)\s++(?:regular\s++)?reports?\b"
    r"|\b(?:reports?|reporting|briefings?)\s++on\b",
    re.IGNORECASE,
)

#: Where the same request asks a further task after what a report is to cover ("to
#: report on the situation and to ensure ... access"): the report's object ends there.
#: Not "and to the Council" (a second recipient of the report).
_NEXT_TASK = compile_cached(
    r"\band\s++(?:(?:also|further)\s++)?to\s++"
    r"(?!(?:the|its|their|his|her|all|any|a|an|this|these|those)\b)[a-z]",
    re.IGNORECASE,
)


def _outside_reports(
    text: str, found: list[QualifierMatch], views: Sequence[ClauseView]
) -> list[QualifierMatch]:
    """``found`` less the words that stand in what a report is to cover: after an opener
    of :data:`_REPORT_OBJECT` in the same clause (one of ``views``, found in ``text``;
    else up to the last ";"), where they describe what is reported and press no one,
    unless a further task of the request ("and to ensure") stands between."""
    if not found or _REPORT_OBJECT.search(text) is None:
        return found
    starts = sorted({k for v in views if v.text and (k := text.find(v.text)) >= 0})
    kept = []
    for x in found:
        start = max((k for k in starts if k <= x.start), default=-1)
        if start < 0:
            start = text.rfind(";", 0, x.start) + 1
        # The last opener before the word: a further task after it ends its object.
        ends = [m.end() for m in _REPORT_OBJECT.finditer(text, start, x.start)]
        if not ends or _NEXT_TASK.search(text, ends[-1], x.start) is not None:
            kept.append(x)
    return kept


def read_once(
    emphasis: Sequence[Shift],
    shifts: Sequence[Shift],
    lexicon: Lexicon,
    texts: tuple[str, str],
) -> list[Shift]:
    """``emphasis`` without the words the lead's own modifier shift already names among
    ``shifts``: "Urgently calls upon Portugal" → "Calls upon Portugal" loses one word,
    read once as the modifier taken out, not a second time as an emphasis word gone
    (S/RES/180 (1963) → 312 (1972) weighed "urgently" twice). A word put in or taken out
    elsewhere in the provision ("Calls upon ... to act urgently") is still its own, and so
    is the word printed again beside the modifier ("Urgently calls upon ... to take
    measures urgently" taken out whole is two words gone): the emphasis shift goes only
    where its entry is printed on that side (``texts``: the old and the new provision) no
    more often than the modifier shifts name it."""
    said: Counter[tuple[str, str]] = Counter(
        (side, word.casefold())
        for s in shifts
        if s.feature == "modifier"
        for side, word in (("old", s.old), ("new", s.new))
        if word
    )
    if not said:
        return list(emphasis)
    found = {
        side: lexicon.emphasis_in(fold_brackets(text))
        for side, text in zip(("old", "new"), texts, strict=True)
    }

    def printed(side: str, word: str) -> int:
        # Every wording of the entry the word is one of ("urgently", "urgent").
        phrases = {x.phrase for x in found[side] if x.text.casefold() == word}
        return sum(1 for x in found[side] if x.phrase in phrases)

    kept = []
    for s in emphasis:
        side, word = ("old", s.old) if s.old and not s.new else ("new", s.new)
        if (
            word
            and not (s.old and s.new)
            and said[side, word.casefold()]
            and printed(side, word.casefold()) <= said[side, word.casefold()]
        ):
            continue
        kept.append(s)
    return kept


class _EmphasisComparer:
    """The emphasis of two versions of a provision, read with a lexicon (a base of
    :class:`~resdiff.clauses.qualifiers._QualifierComparer`)."""

    lexicon: Lexicon

    def emphasis_shifts(
        self,
        old_text: str,
        new_text: str,
        ref: str,
        *,
        invert: bool = False,
        views: tuple[Sequence[ClauseView], Sequence[ClauseView]] | None = None,
    ) -> list[Shift]:
        """Emphasis words ("immediately", "fully", "without delay") added to or taken from
        a provision's text, counted over the whole text (a clause cut differently does not
        move them) and named as printed. An emphasis word that came or went inside a run
        of new (or removed) words belongs to those words, not to what stayed, unless the
        provision is one call or demand on both sides (:func:`pressed_ask`); in a list of
        exemptions the direction turns. ``views``: the old and the new provision's
        clauses; the entries read only under censure are read in those that censure (in
        all of the text where not given)."""
        # Brackets read as the analysis reads them (alternatives as the first).
        old_folded, new_folded = fold_brackets(old_text), fold_brackets(new_text)
        old_found = self.lexicon.emphasis_in(old_folded)
        new_found = self.lexicon.emphasis_in(new_folded)
        pressed = views is not None and pressed_ask(*views)
        if views is not None:
            old_found = under_censure(self.lexicon, old_found, views[0])
            new_found = under_censure(self.lexicon, new_found, views[1])
        # What a report is to cover is described, not pressed: "to include in his reports
        # overall trends in [+unhindered and safe+] cross-line operations" (Syria
        # cross-border 2022, judged the same request).
        old_found = _outside_reports(old_folded, old_found, views[0] if views else ())
        new_found = _outside_reports(new_folded, new_found, views[1] if views else ())
        if views is not None:
            old_found = self._outside_leads(old_found, views[0])
            new_found = self._outside_leads(new_found, views[1])
        was = Counter(x.phrase for x in old_found)
        now = Counter(x.phrase for x in new_found)
        came, gone = now.keys() - was.keys(), was.keys() - now.keys()
        # The words read alone ("all") move only where their count moves: one taken out
        # here and put in there is the same emphasis.
        alone = self._alone_moved(old_text, new_text)
        if not came and not gone and not alone:
            return []
        ops = redline(old_text, new_text)
        printed = {x.phrase: x.text.lower() for x in (*old_found, *new_found)}
        # Named as printed, so that "Condemns Israel for its" keeps its proper name; only
        # a capital that is there because the words open the provision is lowered.
        shown = {
            **{x.phrase: _as_named(x, old_folded) for x in old_found},
            **{x.phrase: _as_named(x, new_folded) for x in new_found},
        }

        def went_with_words(phrase: str, found: list[QualifierMatch], op: int) -> bool:
            # Any wording of the phrase ("persistent delays", "continued delays") may be
            # the one that came or went with new words.
            if (
                pressed
                or self.lexicon.emphasis_with_its_words(phrase)
                or (
                    op == INSERT
                    and self._presses_kept_effort(phrase, found, new_folded, old_folded)
                )
            ):
                # "Calls upon South Africa [-to take immediately all necessary steps ...-]
                # [+to normalize relations+]": the call stays, and the party is no longer
                # pressed to act at once, whatever it is now asked (Lesotho 1985, softer).
                return False
            wordings = {x.text.lower() for x in found if x.phrase == phrase}
            return any(_with_new_words(w, ops, op, frozenset()) for w in sorted(wordings))

        def swapped(phrase: str) -> bool:
            # "full, effective and meaningful" -> "full, equal and meaningful": the word
            # it stands in for went (from the whole text, and from a run deleted right
            # beside the run that brings it), not somewhere else in the clause.
            replaced = self.lexicon.emphasis_replaces(phrase)
            if not replaced:
                return False
            was = Counter(w.lower() for w in _WORD.findall(old_text))
            now = Counter(w.lower() for w in _WORD.findall(new_text))
            if not any(was[w] > now[w] for w in replaced):
                return False
            wording = printed[phrase]
            for k, (op, text) in enumerate(ops):
                if op != INSERT or wording not in text.lower():
                    continue
                beside = [
                    ops[j][1] for j in (k - 1, k + 1) if 0 <= j < len(ops) and ops[j][0] == DELETE
                ]
                if any(replaced & set(_WORD.findall(t.lower())) for t in beside):
                    return True
            return False

        # One emphasis word put in the place of another ("the [-urgent-][+critical+] need",
        # "report [-promptly-][+in a timely manner+]"): the ask pressed as hard, in other
        # words (stranger's review: read "mixed").
        traded = {
            phrase
            for c, g in ((c, g) for c in came for g in gone)
            if _traded(ops, printed[g], printed[c])
            for phrase in (c, g)
        }
        # An entry that only trades with another ("Condemns Israel's attack" for "Condemns
        # Israel for its attack") weighs nothing put in or taken out alone.
        came = {p for p in came - traded if not self.lexicon.emphasis_trades_only(p)}
        gone = {p for p in gone - traded if not self.lexicon.emphasis_trades_only(p)}
        # An entry read only in the place of a weaker word of its kind ("its hope" ->
        # "its expectation"): the other text held more of them.
        came = {p for p in came if _displaced(self.lexicon.emphasis_over(p), new_text, old_text)}
        gone = {p for p in gone if _displaced(self.lexicon.emphasis_over(p), old_text, new_text)}
        shifts = []
        stronger: Direction = "softer" if invert else "stronger"
        for phrase in sorted(came):
            if went_with_words(phrase, new_found, INSERT) or swapped(phrase):
                continue
            shifts.append(Shift(feature="emphasis", new=shown[phrase], direction=stronger, ref=ref))
        for phrase in sorted(gone):
            # Not the other way: "full, equal and meaningful" -> "full, effective and
            # meaningful" drops the equality the formula had come to ask (UNFICYP 2020,
            # judged softer), where the reverse only brings the wording up to date.
            if went_with_words(phrase, old_found, DELETE):
                continue
            shifts.append(
                Shift(feature="emphasis", old=shown[phrase], direction=_flip(stronger), ref=ref)
            )
        for word, op in alone.items():
            if not any(o == op and self._put_alone(ops, k, word) for k, (o, _) in enumerate(ops)):
                continue
            if op == INSERT:
                shifts.append(Shift(feature="emphasis", new=word, direction=stronger, ref=ref))
            else:
                shifts.append(
                    Shift(feature="emphasis", old=word, direction=_flip(stronger), ref=ref)
                )
        return shifts

    def _presses_kept_effort(
        self, phrase: str, found: list[QualifierMatch], new_text: str, old_text: str
    ) -> bool:
        """Whether the emphasis ``phrase``, put in with new words, is read all the same
        (``added_with_its_words``): an effort verb set before an effort the old text
        asked too ("determined efforts" -> "continue and accelerate determined
        co-operative efforts") presses that effort, whatever words come with it. With
        ``presses``, one of its words must stand in the wording of the phrase after its
        first word, or within four words after it in ``new_text``, and stand in
        ``old_text``; a wording that opens with a participle ("accelerated efforts")
        tells of efforts made and is not so read."""
        if not self.lexicon.emphasis_added_with_its_words(phrase):
            return False
        words = frozenset(self.lexicon.emphasis_presses(phrase))
        if not words:
            return True
        if not words & {w.lower() for w in _WORD.findall(old_text)}:
            return False
        for x in found:
            wording = [w.lower() for w in _WORD.findall(x.text)]
            # "notwithstanding accelerated efforts", "noting the intensified efforts of the
            # parties": a participle tells of efforts made, it asks none (review of fix22).
            if x.phrase != phrase or not wording or wording[0].endswith("ed"):
                continue
            # The wording's own words count ("strengthen their efforts"), then four more.
            after = wording[1:] + _WORD.findall(new_text[x.end : x.end + 200])[:4]
            if words & {w.lower() for w in after}:
                return True
        return False

    def _outside_leads(
        self, found: list[QualifierMatch], clauses: Sequence[ClauseView]
    ) -> list[QualifierMatch]:
        """``found`` without the entries read in a clause whose lead is one of their
        ``not_under`` lemmas or begins with one ("noting" for "noting with appreciation":
        what an earlier text said, recalled, or what another said, noted), one match
        each."""
        # Most entries have no such lead: the clauses are read again only for one that has.
        if not any(self.lexicon.emphasis_not_under(x.phrase) for x in found):
            return found
        under: Counter[str] = Counter()
        for view in clauses:
            lemma = view.phrase.lemma.lower()
            for x in self.lexicon.emphasis_in(fold_brackets(view.text)):
                if any(
                    lemma == w or lemma.startswith(w + " ")
                    for w in self.lexicon.emphasis_not_under(x.phrase)
                ):
                    under[x.phrase] += 1
        if not under:
            return found
        keep = []
        for x in found:
            if under[x.phrase] > 0:
                under[x.phrase] -= 1
            else:
                keep.append(x)
        return keep

    def _alone_moved(self, old_text: str, new_text: str) -> dict[str, int]:
        """Each emphasis word read alone ("all") whose count as emphasis differs between
        the texts (not before an addressee or a recalled resolution: "Condemns [-all-]
        attacks ... calls upon [+all+] parties" drops the emphasis, whatever the scope
        does), with the redline operation that would have put it in (more of it) or
        taken it out (fewer). None in a clause that winds a measure down or carves out
        of it: "Decides to lift [+all+] measures" lifts more, it presses nothing."""
        alone = self.lexicon.emphasis_alone()
        if not alone:
            return {}
        old_text, new_text = fold_brackets(old_text), fold_brackets(new_text)
        moved = {}
        for word in alone:
            was, now = self._as_emphasis(old_text, word), self._as_emphasis(new_text, word)
            if was != now:
                moved[word] = INSERT if now > was else DELETE
        # Read last: most provisions move no such word, and the life cycle and the
        # exemptions of both texts cost more to read than the counts.
        if moved and any(
            any(not x.growing for x in self.lexicon.lifecycle_in(text))
            or self.lexicon.exemptions_in(text)
            for text in (old_text, new_text)
        ):
            return {}
        return moved

    def _as_emphasis(self, text: str, word: str) -> int:
        """How many times ``word`` stands in ``text`` as emphasis (see :meth:`_emphasis_before`)."""
        if word not in text.lower():
            return 0
        words = [w.lower() for w in _WORD.findall(text)]
        return sum(
            1
            for k, w in enumerate(words)
            if w == word and self._emphasis_before(word, words[k + 1 : k + 6])
        )

    def _emphasis_before(self, word: str, after: list[str]) -> bool:
        """Whether ``word`` (read alone) is emphasis before the words ``after`` it: not
        before a word the lexicon lists (``not_before``), nor a few words before the
        resolutions or statements a recital recalls ("Recalling all its earlier
        resolutions": a reference, judged so), nor as the scope of an addressee ("all
        interested States": read as scope)."""
        if not after:
            return True
        not_before = self.lexicon.emphasis_alone().get(word, frozenset())
        if after[0] in not_before or " ".join(after[:2]) in not_before:
            return False
        if any(w.startswith(("resolution", "statement")) for w in after[:4]):
            return False
        named = self.lexicon.addressee_in(f"{word} {' '.join(after[:5])}")
        return named is None or named.start > 0

    def _put_alone(self, ops: Redline, k: int, word: str) -> bool:
        """Whether operation ``k`` puts ``word`` in or takes it out as a word of its own:
        the whole run ("condemns [+all+] sexual violence"), or the run of a determiner
        swapped for it with the same noun after ("[-the area-][+all areas+]"), or of a
        pronoun spelt out whole ("implement [-it-][+all its provisions+]"), and not
        before a word it is not read before (an addressee: "all parties" is a scope). A
        run that replaces another whole ("[-implement it-][+work cooperatively to
        implement all its provisions+]") is read word by word against it."""
        op, text = ops[k]
        words = [w.lower() for w in _WORD.findall(text)]
        if word not in words:
            return False
        other = next(
            (
                ops[j][1]
                for j in (k - 1, k + 1)
                if 0 <= j < len(ops) and ops[j][0] not in (op, EQUAL)
            ),
            None,
        )
        beyond = next((t for o, t in ops[k + 1 :] if o == EQUAL), "")
        # The few words after it are all the test below reads.
        following = [w.lower() for w in _WORD.findall(beyond[:_AFTER_CHARS])]
        theirs = None if other is None else [w.lower() for w in _WORD.findall(other)]
        if words[0] == word:
            return self._alone_in(word, words[1:], theirs, following)
        if not theirs or len(theirs) * len(words) > _RUN_MATCH_LIMIT:
            # (The word-by-word match is quadratic: a run of thousands of words replaced
            # whole is no clause's emphasis to look for.)
            return False
        for tag, i1, i2, j1, j2 in SequenceMatcher(
            None, theirs, words, autojunk=False
        ).get_opcodes():
            if tag in ("insert", "replace") and words[j1] == word:
                return self._alone_in(
                    word, words[j1 + 1 : j2], theirs[i1:i2] or None, words[j2:] + following
                )
        return False

    def _alone_in(
        self, word: str, rest: list[str], swapped: list[str] | None, following: list[str]
    ) -> bool:
        """Whether ``word`` and the ``rest`` of its run, put in the place of the words
        ``swapped`` (None: of nothing), with the words ``following`` after, is the word
        read alone put in (see :meth:`_put_alone`)."""
        if swapped in (["it"], ["them"]) and rest[:1] in (["its"], ["their"]):
            # The pronoun spelt out whole: "implement [-it-][+all its provisions+]"
            # asks the whole of what "it" named (judged stronger).
            return True
        if swapped is not None:
            if (
                not swapped
                or swapped[0] not in _DETERMINERS
                or len(swapped) != len(rest) + 1
                # The same noun, in the singular or the plural ("the area" -> "all areas").
                or any(
                    not (a.startswith(b) or b.startswith(a))
                    for a, b in zip(swapped[1:], rest, strict=True)
                )
            ):
                return False
        elif rest:
            return False
        return self._emphasis_before(word, rest or following)
