"""The forms of an English word as the lexicon reads it: a verb's third person, a noun's
plural, a verb's past and participles. Written apart from the entries that use them
because the red-lines matching and the negotiation tools need them too."""

import re


def third_person(lemma: str) -> str:
    """The 3rd person singular of a lemma, inflecting its first word: ``"call upon"`` ->
    ``"calls upon"``, ``"express concern"`` -> ``"expresses concern"``."""
    first, sep, rest = lemma.partition(" ")
    if re.search(r"(?:s|sh|ch|x|z|o)$", first):
        first += "es"
    elif re.search(r"[^aeiou]y$", first):
        first = first[:-1] + "ies"
    else:
        first += "s"
    return first + sep + rest


_VOWELS = frozenset("aeiou")


def word_forms(word: str) -> set[str]:
    """The forms of ``word`` (lower case) as a noun or a verb: its plural and third
    person, past and participles, with a silent "e" dropped, "y" made "ie" and a final
    consonant doubled where English does ("commit" → "committed"). A short word (the,
    of, all) stands as it is. The lemmas are guessed from the word as given, so any
    form may be given."""
    w = word.lower()
    if len(w) <= 3:
        return {w}
    lemmas = {w}
    if w.endswith("ies") or w.endswith("ied"):
        lemmas.add(w[:-3] + "y")
    if w.endswith("ing") and len(w) > 5:
        lemmas |= {w[:-3], w[:-3] + "e"}
        if w[-4] == w[-5]:
            lemmas.add(w[:-4])
    if w.endswith("ed") and len(w) > 4:
        lemmas |= {w[:-2], w[:-1]}
        if w[-3] == w[-4]:
            lemmas.add(w[:-3])
    if w.endswith("es"):
        lemmas |= {w[:-2], w[:-1]}
    elif w.endswith("s") and not w.endswith("ss"):
        lemmas.add(w[:-1])
    forms: set[str] = set()
    for lemma in lemmas:
        if len(lemma) < 2:
            continue
        forms |= {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing"}
        if lemma.endswith("e"):
            forms |= {lemma + "d", lemma[:-1] + "ing"}
        if lemma.endswith("y") and lemma[-2] not in _VOWELS:
            forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
        if (
            len(lemma) >= 3
            and lemma[-1] not in _VOWELS | {"w", "x", "y"}
            and lemma[-2] in _VOWELS
            and lemma[-3] not in _VOWELS
        ):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms
