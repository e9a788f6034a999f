"""What a provision's lead governs: the head of its object, compared between two
provisions that open with the same lead (issue 9 §1, §4; RESULTS.md §2cy).

"Requests the Secretary-General to submit a report" and "Requests the Secretary-General to
deploy observers" open alike and may share a longer word or two; a redraft of one
provision keeps what it acts on. The **object** is read from the analysis: the words of
the lead clause past the lead (its ``start``/``end``), without the words the analysis
found to say how hard (the lead as printed, its modifier, modal, degree and hedges),
without function words and dates, lemmatised by a light suffix rule; its head is the
first :data:`HEAD` of them, with the addressee's words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..compiled import compile_cached
from ..model import Clause, Phrase

_WORD = compile_cached(r"[a-z][a-z'-]*")
#: A resolution cited by its number: a part of what the provision acts on.
_CITED = compile_cached(r"\b[Rr]esolutions?\s+(\d{1,4})\b")

#: How many object words make its head: the head noun phrase and what hangs on it.
HEAD = 6

# Function words, the words of every Council text, and dates (a recital that recalls
# resolutions by their dates governs the resolutions, not the months). One word list,
# easier read as prose than as a list literal.
_STOP = frozenset(
    """a an the of and or to in on at by for with from as that this these those which who
    whom whose its his her their it be is are was were been being has have had shall will
    would should may might can could not no all any such other also further more most upon
    into within without under over between among against about after before during
    including inter alia whereby thereof therein herein there here so than then very well
    council security united nations resolution resolutions paragraph paragraphs present
    hereby decision january february march april may june july august september october
    november december""".split()  # noqa: SIM905
)


def _stem(word: str) -> str:
    """A light lemma: the plural and the commonest derivational endings folded."""
    word = word.strip("'-")
    if word.endswith("ies") and len(word) > 5:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 4:
        word = word[:-1]
    for suffix in ("ation", "ment", "ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _head(text: str, phrase: Phrase) -> set[str]:
    """The first :data:`HEAD` lemmas of the object ``phrase`` governs in ``text``, with
    its addressee's."""
    begin = phrase.start
    if text[begin:].lower().startswith(phrase.text.lower()):
        begin += len(phrase.text)
    end = phrase.end if phrase.end and phrase.end > begin else len(text)
    how = " ".join(
        filter(None, (phrase.text, phrase.modifier, phrase.modal, phrase.degree, *phrase.hedges))
    ).lower()
    skip = _STOP | set(_WORD.findall(how))
    terms: list[str] = []
    for word in _WORD.findall(text[begin:end].lower().replace("’", "'")):
        if len(word) > 2 and word not in skip:
            terms.append(_stem(word))
            if len(terms) == HEAD:
                break
    head = set(terms)
    for word in _WORD.findall((phrase.addressee or "").lower()):
        if len(word) > 2 and word not in skip:
            head.add(_stem(word))
    return head


def governed(clause: Clause) -> frozenset[str]:
    """The heads of the objects the led clauses of ``clause`` govern, as lemmas, with the
    resolutions it cites by number ("#2255": the measures "required by paragraph 1 of
    resolution 2255" are one object whatever the verb); empty when it has no lead."""
    if clause.lead_phrase is None:
        return frozenset()
    text = clause.text
    head: set[str] = set()
    for phrase in clause.phrases:
        if phrase.led:
            head |= _head(text, phrase)
    head |= {"#" + n for n in _CITED.findall(text)}
    return frozenset(head)


def objects_apart(a: Clause, b: Clause) -> bool:
    """Whether two provisions' leads govern different objects: both heads read and no
    lemma shared."""
    x, y = governed(a), governed(b)
    return bool(x) and bool(y) and not (x & y)


def lead_counts(clauses: Sequence[Clause]) -> Counter[tuple[str, str]]:
    """How many paragraphs of each part open with each lead lemma."""
    return Counter(
        (str(c.section), c.lead_phrase.lemma) for c in clauses if c.lead_phrase is not None
    )


def common_lead(a: Clause, old_leads: Counter[tuple[str, str]], new_leads: Counter[tuple[str, str]]) -> bool:
    """Whether the lead of ``a`` opens more than one paragraph of its part in either
    draft: a lead a text repeats ("Requests" ten times in a renewal) pairs nothing by
    itself, while the one "Declares" of each draft is a rewrite's own evidence."""
    lead = a.lead_phrase
    if lead is None:
        return False
    key = (str(a.section), lead.lemma)
    return old_leads[key] > 1 or new_leads[key] > 1
