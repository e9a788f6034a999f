"""The words of two versions of a clause, compared below the level of a qualifier: words
folded and counted, a qualifier found loosely among other words, what a redline's runs
insert or delete, a citation or a term told from a new ask. The helpers
:class:`~resdiff.clauses.qualifiers._QualifierComparer` reads qualifiers and reach with."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from ..brackets import fold_brackets
from ..compiled import compile_cached
from ..lexicon import Lexicon, QualifierMatch
from ..lexicon.quantity_entries import MONTH_NAMES
from ..model import Redline
from ..redline import DELETE, EQUAL, INSERT, redline
from .views import _STOP, _WORD, ClauseView

#: A qualifier inserted (or deleted) in one run with at least this many other content
#: words came (or went) with new words, which it qualifies.
QUALIFIED_WORDS = 4
#: The censure from which a word that tells of the act ("intensified") is not effort
#: asked: "deplores", "condemns" (a concern at an "intensification" is graver).
CONDEMNING_AXIS_B = 3


_MONTH_WORDS = frozenset(m.lower() for m in MONTH_NAMES)


def _lower_words(texts: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for text in texts for w in _WORD.findall(text))


#: A restriction in other words than an exemption's: "excluding the border crossings of
#: Al-Ramtha, Al Yarubiyah and Bab al-Salam" -> "only for the border crossing at Bab
#: al-Hawa" (Syria cross-border 2021) leaves out what it left out before.
_ONLY = compile_cached(
    r"(?<!\bnot\s)\b(?:only|solely|exclusively)\s+(?:for|to|in|at)\b(?!\s+exceptional\b)",
    re.IGNORECASE,
)
#: What an "only for" or an exception covers: its words up to the next comma or
#: semicolon, at most this many characters ("the border crossing at Bab al-Hawa").
_COVERS_SPAN = 80


def _covers(text: str, start: int) -> frozenset[str]:
    span = text[start : start + _COVERS_SPAN]
    for stop in ",;:":
        span = span.split(stop, 1)[0]
    return frozenset(w.lower() for w in _WORD.findall(span)) - _STOP


def only_recast(lexicon: Lexicon, only_text: str, carved_text: str, entry: str) -> bool:
    """Whether the "only for" of ``only_text`` and an exception (the exemption ``entry``)
    of ``carved_text`` concern the same things, a word of what each covers
    shared ("only for the border crossing at Bab al-Hawa" / "excluding the border
    crossings of ... Bab al-Salam"): the same restriction in other words. An "only" of
    another matter ("reviewed only at the end of a period") beside a carve-out is not."""
    only = _ONLY.search(only_text)
    if only is None:
        return False
    covered = _covers(only_text, only.end())
    return any(
        covered & _covers(carved_text, c.end)
        for c in lexicon.exemptions_in(carved_text)
        if c.phrase == entry
    )


#: Words that say "as the law requires" alike: "in accordance with international law",
#: "in compliance with the relevant provisions of international law", "consistent with".
_LAWFUL = frozenset(
    {"accordance", "compliance", "conformity", "consistent", "consistently", "pursuant"}
)
#: "in line with" says it too, but only as a phrase ("the Blue Line" does not).
_IN_LINE_WITH = compile_cached(r"\bin\s+line\s+with\b", re.IGNORECASE)
#: How many other words may stand among a qualifier's words in the other text.
_LOOSE_GAP = 6
#: The one key the words of lawfulness are read as.
_LAWFUL_KEY = "\x00lawful"
#: Words that negate what follows them: a qualifier standing after one is not there.
_NEGATING_WORDS = frozenset({"not", "no", "never", "nor", "without"})


def _loosely_in(qualifier: str, text: str) -> bool:
    """Whether a qualifier's words stand in ``text`` in other words: its content words in
    order, a few others among them (no negation), the words of lawfulness taken for one
    another and a verb's forms for each other. "in accordance with international law" is
    in "in compliance with the relevant provisions of international law"; "take
    appropriate action to" in "taking appropriate preventive action to" (UNMISS and
    MINUSMA 2022, read by an expert as qualifiers already there)."""
    wanted = [
        _loose(w)
        for w in _WORD.findall(_IN_LINE_WITH.sub(" compliance ", qualifier.lower()))
        if w not in _STOP
    ]
    if len(wanted) < 2:
        return False
    words = [_loose(w) for w in _WORD.findall(_IN_LINE_WITH.sub(" compliance ", text.lower()))]
    span = len(wanted) + _LOOSE_GAP
    for start, word in enumerate(words):
        if word != wanted[0] or _NEGATING_WORDS & set(words[max(0, start - 2) : start]):
            continue
        k = 1
        for later in words[start + 1 : start + span]:
            if later in _NEGATING_WORDS:
                break
            if later == wanted[k]:
                k += 1
                if k == len(wanted):
                    return True
    return False


def _loose(word: str) -> str:
    """A word for :func:`_loosely_in`: lawfulness as one key, and "take", "takes",
    "taking" as one word (a crude stem: qualifiers are short phrases of common words)."""
    if word in _LAWFUL:
        return _LAWFUL_KEY
    for ending in ("ing", "es", "s"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            word = word[: -len(ending)]
            break
    return word.removesuffix("e")


def _count_words(texts: Iterable[str], skip: frozenset[str] = frozenset()) -> int:
    """Common content words in ``texts``: no numbers, dates, common words, names
    (capitalised words: "the African Union Mission in Somalia (AMISOM)" spells out a name,
    it asks nothing more) nor defined terms in quotation marks."""
    count = 0
    for text in texts:
        text = _QUOTED.sub(" ", text)
        for w in _CASED_WORD.findall(text):
            low = w.lower()
            if (
                w[0].isupper()
                or low in _STOP
                or low in skip
                or low in _MONTH_WORDS
                or w[0].isdigit()
            ):
                continue
            count += 1
    return count


_CASED_WORD = compile_cached(r"\w+(?:['’-]\w+)*")
_QUOTED = compile_cached(r"[\"“][^\"”]{0,80}[\"”]|\([^()]{0,80}\)")


_COORDINATOR = compile_cached(r"^\W*(?:and|or)\b|^\s*,|\b(?:and|or)\W*$|,\s*$", re.IGNORECASE)
_REFERENCE = compile_cached(
    r"^\W*(?:(?:and|or)\s+)?(?:in line|in accordance|consistent|in conformity) with\b"
    r"|\bresolutions?(?:\s+\d+\s*\(\d{4}\))?\W*$",
    re.IGNORECASE,
)


#: An insertion that asks for a text to be carried out is an ask, whatever it cites: "[+and
#: to implement other relevant provisions of resolution 2538 (2020)+]" (UNFICYP 2021).
_IMPLEMENT = compile_cached(
    r"\b(?:to\s++|and\s++)(?:fully\s++)?(?:implement|comply\s++with|apply|enforce)\b",
    re.IGNORECASE,
)


#: The common text before an insertion ends inside a framework the ask follows: "in line
#: with resolution 2518 (2020), [+the Action Plan on improving safety+] and other ...".
_IN_FRAMEWORK = compile_cached(
    r"\b(?:in line|in accordance|consistent|in conformity) with\b[^;:]*+$", re.IGNORECASE
)
#: An insertion that gives the ask's basis: "and following the letter of the Government
#: of 15 March 2022 ... as well as per the recommendations of the Secretary-General".
_BASIS = compile_cached(
    r"^\W*+(?:and\s++)?(?:following|per|as\s+well\s+as\s+per|pursuant\s+to|taking\s+into"
    r"\s+account|on\s+the\s+basis\s+of|based\s+on)\s++the\s++(?:\w+\s++){0,4}?"
    r"(?:letters?|reports?|recommendations?|requests?)\b",
    re.IGNORECASE,
)
#: An insertion that frames the ask by what stands: "[+continue to+] reinvigorate the
#: talks[+, building on recent progress+]" asks no more.
_FRAMING = compile_cached(
    r"\W*+(?:(?:and|or)\s++)?(?:building\s+(?:on|upon)|in\s+light\s+of|bearing\s+in\s+mind"
    r"|recalling|noting)\b",
    re.IGNORECASE,
)
#: A short insertion that points within what the clause already covers: "violence by
#: all parties[+, particularly armed groups+]" names who is foremost, not someone more.
_FOCUS = compile_cached(
    r"\W*+(?:particularly|in\s+particular|notably|especially|including)\s++(?:[\w'’-]++\s++){0,2}"
    r"[\w'’-]++\W*+",
    re.IGNORECASE,
)
#: An insertion that sets when or until when, not what: "to coordinate with the French
#: Forces[+ until the planned end of their presence in Mali+]" (a term, which may end the
#: ask: MINUSMA 2022), "[+every six months,+] updates on progress" (a reporting interval,
#: weighed as one: MONUSCO 2022). The quantities compare such terms.
_TERM = compile_cached(
    r"\W*+(?:(?:and|or)\s++)?(?:until|every|within|no\s+later\s+than|by\s+the\s+end\s+of)\b",
    re.IGNORECASE,
)
#: The longest run (in words) read as a term alone: "until the planned end of their
#: presence in Mali" is one; "within its capabilities, and to assist in the disarmament
#: ... of former combatants ..." carries a new ask after its term.
_TERM_WORDS = 12
_NEW_ASK = compile_cached(r"\band\s+to\s+[a-z]", re.IGNORECASE)


def _term_only(text: str) -> bool:
    """Whether an inserted run is a term and nothing more (see :data:`_TERM`)."""
    return (
        _TERM.match(text) is not None
        and len(text.split()) <= _TERM_WORDS
        and _NEW_ASK.search(text) is None
    )


#: How much of the common text before an insertion is read for a framework.
_FRAMEWORK_REACH = 160


def _cited(ops: Sequence[tuple[int, str]], k: int) -> bool:
    """Whether the run inserted at ``ops[k]`` says where the ask stands rather than
    what it asks: it cites resolutions, opens with a framework or a basis, or stands
    inside a framework the common text opened before it."""
    text = ops[k][1]
    if (
        (_REFERENCE.search(text) and not _IMPLEMENT.search(text))
        or _BASIS.search(text)
        or _FRAMING.match(text)
        or _FOCUS.fullmatch(text)
        or _term_only(text)
        or _citations_only(text)
    ):
        return True
    if _ASK_AFTER.match(text):
        # "in accordance with the SOFA[, including by authorising night flights]": what
        # follows the framework is a new way to do what is asked, not a framework.
        return False
    before = next((t for op, t in reversed(ops[:k]) if op == EQUAL), "")
    return _IN_FRAMEWORK.search(before[-_FRAMEWORK_REACH:]) is not None


#: A resolution or a paragraph cited: "2596 (2021)", "paragraph 5", "paragraph 12 (g)"
#: (not a bare number: "[+and 2,000+]" troops are no citation).
_CITATION = compile_cached(
    r"\b\d{1,4}\s*\((?:\d{4}|[a-z])\)|\bparagraphs?\s+\d{1,4}\b(?:\s*\([a-z]\))?",
    re.IGNORECASE,
)
#: The words that join citations in a list: "2543 (2020), 2596 (2021) and paragraph 5
#: below".
_CITING_WORDS = frozenset(
    {"and", "or", "previously", "below", "above", "paragraph", "paragraphs", "of", "its"}
    | {"resolution", "resolutions", "the", "present", "this"}
)


def _citations_only(text: str) -> bool:
    """Whether an inserted run only carries a list of citations on: "[+, 2543 (2020),
    2596 (2021) and paragraph 5 below+]" added to the resolutions that define a mandate
    (UNAMA 2020 -> 2022, judged reworded: the list brought up to date)."""
    if _CITATION.search(text) is None:
        return False
    return all(w in _CITING_WORDS for w in _WORD.findall(_CITATION.sub(" ", text).lower()))


#: An insertion that adds to the ask itself even after a framework: "including by ...",
#: "in particular through ...", "by ...".
_ASK_AFTER = compile_cached(
    r"\W*+(?:(?:and|or)\s++)?(?:including|in\s+particular|notably|especially|by|through)\b",
    re.IGNORECASE,
)


_DIGIT = compile_cached(r"\d")


def _numbers_aside_redline(old: str, new: str) -> Redline:
    """The word redline of two texts read with their digits as one digit: a paragraph
    reference renumbered ("paragraphs 10 to 17" → "23 to 30") stays in the common text
    instead of being cut out together with the words inserted after it. The runs are
    given back in the new (deleted: the old) text's own characters; the masking keeps
    every length, so the offsets are the same."""
    ops = redline(_DIGIT.sub("0", old), _DIGIT.sub("0", new))
    out: list[tuple[int, str]] = []
    i = j = 0
    for op, text in ops:
        size = len(text)
        if op == DELETE:
            out.append((op, old[i : i + size]))
            i += size
        elif op == INSERT:
            out.append((op, new[j : j + size]))
            j += size
        else:
            out.append((op, new[j : j + size]))
            i += size
            j += size
    return tuple(out)


#: One lower-case word joined by "and" or "or" to what an ask covers: "precise
#: [+benchmarks and+] timelines", "to [+assist and+] exchange information".
_ONE_WORD_ITEM = compile_cached(
    r"\s*(?:(?:and|or)\s+(?:to\s+)?[a-z]+(?:-[a-z]+)?|(?:to\s+)?[a-z]+(?:-[a-z]+)?\s+(?:and|or))\s*"
)


def _one_word_items(items: Sequence[str]) -> list[str]:
    """The items of :func:`_joined_items` that are one lower-case word and its "and" or
    "or": a thing or an act more asked ("benchmarks", "assist", "refugees"), where a
    name, a number or a longer run is a reference, a date or a rephrasing as often."""
    return [t for t in items if _ONE_WORD_ITEM.fullmatch(t)]


def _joined_items(ops: Sequence[tuple[int, str]]) -> Iterator[str]:
    """Runs inserted as items of a list: joined by "and", "or" or a comma at their
    edge, with nothing deleted beside them (that would be a trade, not an addition), and
    not a reference: an item that cites resolutions ("and other relevant Security Council
    resolutions") or opens with the framework the ask must follow ("in line with the
    Peace Agreement") says where the ask stands, not that it asks more."""
    for k, (op, text) in enumerate(ops):
        if op != INSERT or not _COORDINATOR.search(text) or _cited(ops, k):
            continue
        own = _lower_words([text])
        # A word the clean-up took out only to put it back inside the item ("conflict
        # [-situations-] [+and post-conflict situations+]") is kept, not traded.
        # A number replaced beside it ("paragraphs 10 to [-17-][+30, including informing
        # the FGS+]") is a reference updated, not a word traded for the item.
        if all(
            ops[m][0] != DELETE
            or _lower_words([ops[m][1]]) <= own
            or not any(ch.isalpha() for ch in ops[m][1])
            for m in (k - 1, k + 1)
            if 0 <= m < len(ops)
        ):
            yield text


#: A space the word diff leaves before punctuation ("to form , without further delay").
_TIGHT = compile_cached(r" ([,;:.)])")


#: A run of at most this many words in the place of deleted ones is a substitution.
_SWAP_WORDS = 2


#: Words that cannot end what a redline put in or took out: the first words of what follows.
_DANGLING = frozenset({"a", "an", "the", "and", "or", "of", "to", "in", "by", "for", "with", "as"})


def _runs(ops: Sequence[tuple[int, str]], op: int, limit: int = 80) -> str:
    """The words a redline inserts (or deletes), run by run: "Bab al-Salam". Runs with no
    letters (a number updated, a comma) are left out: they are not what changed in
    substance."""
    # The other side's words, and what is left of a word that was only punctuation.
    other = {w.casefold() for o, text in ops if o not in (op, EQUAL) for w in text.split()}
    other.add("")
    runs: list[str] = []
    for k, (o, text) in enumerate(ops):
        if o != op or not any(ch.isalpha() for ch in text):
            continue
        words = text.split()
        swapped = len(words) <= _SWAP_WORDS and any(
            0 <= j < len(ops) and ops[j][0] not in (op, EQUAL) for j in (k - 1, k + 1)
        )
        if swapped:
            # A word or two put in the place of others ("June" → "July", "little
            # progress" → "no progress") is a substitution, not an item added.
            continue
        # Words the other side has too stand at the run's edges when the diff took a
        # little more than what changed: "of Al-Ramtha and of Al Yarubiyah" → "Al-Ramtha,
        # Al Yarubiyah and Bab al-Salam" adds only "Bab al-Salam".
        while len(words) > 1 and words[0].strip(",;").casefold() in other:
            words.pop(0)
        while len(words) > 1 and words[-1].strip(",;").casefold() in other:
            words.pop()
        # A run the word diff ended on the first word of what follows ("... 31 January
        # 2021, a" before "final report"; "... 2399 (2018) and") ends before it: the key
        # change quoted a fragment.
        # Lower case only: "Annex A", "Category A" end in a name, not an article.
        while len(words) > 1 and words[-1] in _DANGLING:
            words.pop()
        runs.append(_TIGHT.sub(r"\1", " ".join(words)).strip(" ,;"))
    if not any(runs):
        # Nothing but substitutions: they are what changed.
        runs = [
            _TIGHT.sub(r"\1", " ".join(text.split())).strip(" ,;")
            for o, text in ops
            if o == op and any(ch.isalpha() for ch in text)
        ]
    joined = " … ".join(r for r in runs if r)
    if len(joined) <= limit:
        return joined
    # Cut between words where one ends in the second half ("… nuclear weapons and
    # ex…" read as a word of its own), and before a word that only leads on ("… weapons
    # and …"), with " …" as a list item's quote is cut: one way of cutting a quote.
    cut = joined.rfind(" ", 0, limit - 1)
    if cut <= limit // 2:
        # No space in the second half: a word over half the limit is cut inside itself,
        # and the mark follows its letters ("…Disarmament-Demobilization-Reintegr…").
        return joined[: limit - 1].rstrip(" ,;…") + "…"
    words = joined[:cut].rstrip(" ,;…").split(" ")
    while len(words) > 1 and words[-1] in _DANGLING:
        words.pop()
    return " ".join(words).rstrip(" ,;…") + " …"


def _with_new_words(
    phrase: str, ops: Sequence[tuple[int, str]], op: int, qualifying: frozenset[str]
) -> bool:
    """Whether ``phrase`` (a hedge or condition) stands in a run the redline inserts (or
    deletes) together with other new content (words the other side does not have): it
    came (or went) with what it qualifies.
    ``qualifying`` are the words of every qualifier of the clause, which are not content
    (three hedges added together are three hedges, not new words)."""
    own = " ".join(phrase.lower().split())
    # Words the other side has too were moved or kept, not new: a clause reordered
    # around an added "exercise vigilance" brings no new content with it.
    elsewhere = set(_WORD.findall(" ".join(t for o, t in ops if o != op).lower()))
    ignore = set(_WORD.findall(own)) | qualifying | _STOP | elsewhere
    for k, (o, text) in enumerate(ops):
        if o != op:
            continue
        run = " ".join(text.lower().split())
        if own not in run and not _straddles(own, run, ops, k):
            continue
        others = [w for w in _WORD.findall(run) if w not in ignore]
        if len(others) >= QUALIFIED_WORDS:
            return True
    return False


def _qualifier_read(
    lexicon: Lexicon,
    feature: str,
    key: str,
    other: str,
    run: tuple[str, Sequence[tuple[int, str]], int, frozenset[str]],
) -> bool:
    """Whether the hedge or condition ``key`` that came or went is read, ``other`` being
    the text without it and ``run`` the arguments of :func:`_with_new_words`: not where
    it came or went with new words, which own it, unless its entry is read with its words
    (``with_its_words`` in hedges.toml and scope.toml). One so read must qualify what
    stood in ``other`` (its ``qualifies``): "Acting under Chapter VII" put into a stated
    context is confined, but Chapter VII brought in (or taken out) with its context is
    invoked (or dropped), which the flag names, not hedged; measures no longer continued
    "to the extent not superseded" are not continued in full."""
    qualifies = lexicon.read_with_its_words(feature, key, other)
    if qualifies is not None:
        return qualifies
    return not _with_new_words(*run)


def _straddles(own: str, run: str, ops: Sequence[tuple[int, str]], k: int) -> bool:
    """Whether ``own`` stands across an edge of the run ``ops[k]``, part in it and part
    in the kept text beside it: "... requiring contingents deploy equipment as" inserted
    before a kept "needed under the current Force requirements" makes an "as needed" that
    came with the new clause, not one put on the old words (MINUSCA 2021 -> 2022)."""
    reach = len(own)
    before = next((t for o, t in reversed(ops[:k]) if o == EQUAL), "") if k else ""
    after = next((t for o, t in ops[k + 1 :] if o == EQUAL), "")
    tail = " ".join(before.lower().split())[-reach:]
    head = " ".join(after.lower().split())[:reach]
    into = (own in f"{tail} {run}" or own in f"{tail}{run}") and own not in tail
    out_of = (own in f"{run} {head}" or own in f"{run}{head}") and own not in head
    return into or out_of


def _displaced(over: frozenset[str], mine: str, theirs: str) -> bool:
    """Whether ``theirs`` holds more of the weaker words ``over`` than ``mine``, each after
    "its" (one word may stand between: "its full readiness"); true when ``over`` is
    empty (an entry read wherever it comes or goes)."""
    if not over:
        return True

    def held(text: str) -> int:
        words = [w.lower() for w in _WORD.findall(text)]
        return sum(
            1 for k, w in enumerate(words) if w == "its" and over & set(words[k + 1 : k + 3])
        )

    return held(theirs) > held(mine)


def _traded(ops: Redline, taken: str, put: str) -> bool:
    """Whether the redline takes the wording ``taken`` out right beside a run that puts
    ``put`` in: one word traded for another in one place."""
    # By their words: the redline may cut a wording short ("[-urgent-][+critical+] need"
    # trades "urgent" for "critical need").
    put_words, taken_words = set(_WORD.findall(put)), set(_WORD.findall(taken))
    for k, (op, text) in enumerate(ops):
        if op != INSERT or not put_words & set(_WORD.findall(text.lower())):
            continue
        if any(
            0 <= j < len(ops)
            and ops[j][0] == DELETE
            and taken_words & set(_WORD.findall(ops[j][1].lower()))
            for j in (k - 1, k + 1)
        ):
            return True
    return False


def _as_named(found: QualifierMatch, text: str) -> str:
    """The words of ``found`` as a report names them: as printed in ``text``, with the
    capital lowered only where the words open it ("Condemns Israel for its" is named
    "condemns Israel for its"; a proper name keeps its capital)."""
    words = found.text
    first = words.split(" ", 1)[0]
    # "UNAMA" keeps its capitals even where it opens the text.
    if first[:1].isupper() and first[1:].islower() and not text[: found.start].strip():
        return words[:1].lower() + words[1:]
    return words


def under_censure(
    lexicon: Lexicon, found: list[QualifierMatch], clauses: Sequence[ClauseView]
) -> list[QualifierMatch]:
    """The emphasis ``found`` in a provision's text, read by where it stands among the
    provision's ``clauses``: an entry read only under censure counts in the clauses that
    censure, not in their neighbours ("Condemns the attacks and welcomes the deliberate
    efforts of the Government"); an entry read only in asks does not count in a clause
    that deplores or condemns ("intensified" is effort asked, not an attack told; a
    concern at a conflict's "intensification" is graver, as at its "continued
    deterioration": Iran-Iraq 1986, judged stronger)."""
    # The words that tell of the act censured: not a participle's clause inside it
    # ("Condemns the attacks, calling upon all States to take any and all measures": the
    # means asked, not the act condemned).
    censured = " ".join(
        _censure_told(lexicon, x.text) for x in clauses if x.phrase.axis_b is not None
    )
    condemned = " ".join(
        _censure_told(lexicon, x.text)
        for x in clauses
        if (x.phrase.axis_b or 0) >= CONDEMNING_AXIS_B
    )
    keep = [x for x in found if not lexicon.emphasis_censure(x.phrase)]
    if censured:
        inside = lexicon.emphasis_in(fold_brackets(censured))
        keep += [x for x in inside if lexicon.emphasis_censure(x.phrase)]
    told = Counter(
        x.phrase
        for x in (lexicon.emphasis_in(fold_brackets(condemned)) if condemned else [])
        if lexicon.emphasis_asks(x.phrase)
    )
    for x in list(keep):
        if told[x.phrase] > 0:
            told[x.phrase] -= 1
            keep.remove(x)
    return keep


def _censure_told(lexicon: Lexicon, text: str) -> str:
    """The words of a censuring clause that tell of the act censured: up to a participle
    that opens a clause of its own inside it ("Strongly condemns the attacks, stressing
    the need for intensified efforts to bring the perpetrators to justice"), which asks
    or stresses rather than tells."""
    found = lexicon.find_participles(text)
    return text[: found[0].start] if found else text
