"""Which language a draft is written in: small, dependency-free, and honest about doubt.

The lexicon reads English only. A French or Spanish draft must therefore be read (its
structure is the same) but not analysed, so that "no Chapter VII" is never claimed of a
text that says "Agissant en vertu du Chapitre VII". This module tells the language:

* letters of another script (Cyrillic, Arabic, Han, ...) decide by themselves;
* a Latin-script text is scored against stop-word profiles (English, French, Spanish):
  the commonest function words of each, counted in the text.

The profiles and the scripts are data (``languages.toml`` beside this module). When the
text is too short or the scores too close, the answer is ``None`` (not known), never a
guess: a caller treats an unknown language as English, which is what a draft of a few
words most likely is. Unless a short text holds no English function word and a few of
another listed language: then it is that language, or, where French and Spanish share
the words found ("Décide de rester saisi de la question."), its language is not told
but it is not English either (:func:`foreign_untold`), and it is not analysed (a new
user's finding: such a text was read as English, its lead an unknown verb).
"""

from __future__ import annotations

import string
from collections import Counter
from functools import cache
from importlib.machinery import SourceFileLoader, SourcelessFileLoader
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from ..compiled import compile_cached, parsed_toml

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

#: Languages the lexicon can analyse.
ANALYSED_LANGUAGES: frozenset[str] = frozenset({"en"})

#: Most characters of a text looked at: the language of a draft shows in its first pages,
#: and a bound keeps a 20 MB input from costing more than a short one.
SAMPLE_CHARS = 60_000
#: Fewest stop words for a Latin-script verdict: fewer, and the text is too short to tell.
MIN_HITS = 5
#: How many times the best profile must outscore the next for a verdict.
MIN_RATIO = 1.5
#: Least share of the words that must be stop words of the winning profile: UN prose runs
#: to a third; a text in an unlisted language (German, say) scores far lower everywhere.
MIN_SHARE = 0.12
#: Fewest stop words of one listed language that tell a text too short for
#: :data:`MIN_HITS`, when it holds no stop word of an analysed language: "1. Décide de
#: rester saisi de la question." holds three French (or Spanish) ones and no English one,
#: and was read as English (its lead an unknown verb).
SHORT_MIN_HITS = 2
#: What :func:`_detect` says of a text told not to be in an analysed language without
#: telling which (ISO 639-2 "undetermined"): a short text whose words are French and
#: Spanish alike. Never a draft's ``language`` (an ISO 639-1 code, or null when it could
#: not be told): see :func:`foreign_untold`.
_UNDETERMINED = "und"
#: Least share of the letters in one other script for the text to be in that script's
#: language (a Latin-script draft quoting a name in Cyrillic stays Latin).
SCRIPT_SHARE = 0.5

_WORD = compile_cached(r"[^\W\d_]+")


# A named tuple, not a frozen dataclass: the same fields, immutable, equal and hashed by
# value, at a sixth of the cost to define (a dataclass writes and compiles its methods at
# import, about 4 million instructions of every command).
class _Profiles(NamedTuple):
    stopwords: dict[str, frozenset[str]]
    scripts: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]
    names: dict[str, str]


def _data_folder() -> Traversable:
    """This package's folder of data files: the module's own folder when the package is
    plain files (as installed), else what :func:`importlib.resources.files` finds (a zip).

    The two are the same path for plain files; ``resources.files`` first imports
    importlib's resource readers (:mod:`zipfile`, :mod:`tempfile` and :mod:`shutil` with
    them; ``importlib.resources`` itself imports the last two), about 5 ms of every
    ``resdiff compare``, to find a folder ``__file__`` names already."""
    if isinstance(__spec__.loader, SourceFileLoader | SourcelessFileLoader):
        return Path(__file__).parent
    from importlib import resources

    return resources.files(__package__)


#: Version of the parsed ``languages.toml`` kept in the user's cache (:func:`_parsed`).
_PARSED_FORMAT = 1
_PARSED_PREFIX = "languages-"


def _parsed(raw: str) -> dict[str, Any]:
    """``languages.toml`` (its text ``raw``) parsed, kept in the user's cache (the folder
    of the pattern cache) by :func:`resdiff.compiled.parsed_toml`: importing tomllib and
    parsing the file cost about 6.5 ms of every command that reads a draft, reading the
    kept copy back a tenth of a millisecond. A copy not of the shape :func:`_profiles`
    reads is passed over."""
    return parsed_toml(raw, _PARSED_FORMAT, _PARSED_PREFIX, _well_formed)


def _well_formed(data: Any) -> bool:
    """Whether ``data`` has the shape of the parsed ``languages.toml`` that
    :func:`_profiles` reads: word lists, scripts with their ranges, names."""
    if not isinstance(data, dict) or not all(
        isinstance(data.get(k), dict) for k in ("stopwords", "scripts", "names")
    ):
        return False
    return (
        all(
            isinstance(words, list) and all(isinstance(w, str) for w in words)
            for words in data["stopwords"].values()
        )
        and all(
            isinstance(entry, dict)
            and isinstance(entry.get("language"), str)
            and isinstance(entry.get("ranges"), list)
            and all(
                isinstance(r, list) and len(r) == 2 and all(type(n) is int for n in r)
                for r in entry["ranges"]
            )
            for entry in data["scripts"].values()
        )
        and all(isinstance(name, str) for name in data["names"].values())
    )


def _read_profiles(data: dict[str, Any]) -> _Profiles:
    stopwords = {code: frozenset(words) for code, words in data["stopwords"].items()}
    scripts = tuple(
        (entry["language"], tuple((int(lo), int(hi)) for lo, hi in entry["ranges"]))
        for entry in data["scripts"].values()
    )
    return _Profiles(stopwords, scripts, dict(data["names"]))


@cache
def _profiles() -> _Profiles:
    """The profiles of ``languages.toml``, read once."""
    raw = _data_folder().joinpath("languages.toml").read_text(encoding="utf-8")
    return _read_profiles(_parsed(raw))


def language_name(code: str | None) -> str:
    """The English name of a language code (``"fr"`` → ``"French"``), or the code itself
    when it is not one of the profiles; ``"an unknown language"`` for ``None``."""
    if code is None:
        return "an unknown language"
    return _profiles().names.get(code, code)


def _script_of(char: str, scripts: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]) -> str:
    point = ord(char)
    for language, ranges in scripts:
        for lo, hi in ranges:
            if lo <= point <= hi:
                return language
    return "latin" if 0x1E00 <= point <= 0x1EFF else "other"


#: Latin letters are Basic Latin to Latin Extended-B: [A-Za-z\u00c0-\u00d6\u00d8-\u00f6
#: \u00f8-\u024f]. They are counted as the sample's length less the runs of everything
#: else (one pass of the regex engine, a list of a few thousand runs rather than one string
#: per letter: 3.5 -> 1.5 ms on 60,000 characters); only the letters of other scripts
#: are looked up one by one.
_OTHER_LETTER = compile_cached(r"[^\W\d_A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_NOT_LATIN = compile_cached(r"[^A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+")


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in, or ``None`` when it
    cannot be told (too few words, scores too close, a Latin-script language without a
    profile).

    >>> detect_language("Le Conseil de sécurité, Rappelant ses résolutions antérieures "
    ...                 "sur la question, Décide de rester saisi de la question.")
    'fr'
    """
    found = _detect(text)
    return None if found == _UNDETERMINED else found


def foreign_untold(text: str) -> bool:
    """Whether ``text`` is too short to tell its language but is not in one the lexicon
    reads: it holds stop words of two listed languages alike ("Décide de rester saisi de
    la question.": French or Spanish) and none of English. Its language is ``None``, and
    it is not analysed."""
    return _detect(text) == _UNDETERMINED


def _detect(text: str) -> str | None:
    """:func:`detect_language`, or :data:`_UNDETERMINED` for a text told not English
    without telling which language it is in."""
    sample = text[:SAMPLE_CHARS]
    profiles = _profiles()
    rare = _rare_characters(sample)
    letters: dict[str, int] = {"latin": _letters_in_ranges(sample, rare)}
    # Each letter of another script looked up once, with its count (the same sums as
    # letter by letter, the scripts in the order their first letters stand in).
    others = (
        Counter(_OTHER_LETTER.findall(sample))
        if rare is None
        else {char: n for char, n in rare.items() if _OTHER_LETTER.match(char)}
    )
    for char, n in others.items():
        script = _script_of(char, profiles.scripts)
        letters[script] = letters.get(script, 0) + n
    total = sum(letters.values())
    if not total:
        return None
    foreign = {k: n for k, n in letters.items() if k not in ("latin", "other")}
    if foreign:
        # Japanese mixes Han characters with kana; the kana tell it from Chinese.
        if foreign.get("ja") and foreign.get("zh"):
            foreign["ja"] += foreign.pop("zh")
        language, count = max(foreign.items(), key=lambda item: item[1])
        if count >= SCRIPT_SHARE * total:
            return language
    if letters.get("latin", 0) < SCRIPT_SHARE * total:
        return None
    words = _sample_words(sample.lower(), rare)
    if not words:
        return None
    # Each distinct word looked up once, with its count (the same sums as word by word).
    counts = Counter(words)
    scores = _scores(counts, profiles.stopwords)
    best, code = scores[0]
    runner_up = scores[1][0] if len(scores) > 1 else 0
    if best < MIN_HITS and best >= MIN_SHARE * len(words):
        return _short(counts - Counter(_LABEL.findall(sample.lower())), profiles.stopwords)
    if best < MIN_HITS or best < MIN_RATIO * runner_up or best < MIN_SHARE * len(words):
        return None
    return code


def _scores(counts: Counter[str], stopwords: dict[str, frozenset[str]]) -> list[tuple[int, str]]:
    """How many of the words (``counts``) are stop words of each language, best first."""
    return sorted(
        (
            (sum(n for w, n in counts.items() if w in stop), code)
            for code, stop in stopwords.items()
        ),
        reverse=True,
    )


#: A sub-paragraph's letter, "(e)": no word of the text, though "e", "o", "y", "d" and
#: "l" are stop words of Spanish or French.
_LABEL = compile_cached(r"\(([a-z])\)")


def _short(counts: Counter[str], stopwords: dict[str, frozenset[str]]) -> str | None:
    """The language of a text too short for :data:`MIN_HITS`, from its words' ``counts``
    (its sub-paragraphs' letters left out: "(d) ... (e) ... (o)" of a short English list
    read as Spanish): only when it holds no stop word of an analysed language and at
    least :data:`SHORT_MIN_HITS` of another, that language where it outscores the rest
    (:data:`MIN_RATIO`), else :data:`_UNDETERMINED` (not English, but which of two
    languages sharing the words found is not told); ``None`` otherwise (a short English
    text: "The Security Council, 1. Decides to act.")."""
    scores = _scores(counts, stopwords)
    if any(n for n, code in scores if code in ANALYSED_LANGUAGES):
        return None
    best, code = scores[0]
    if best < SHORT_MIN_HITS:
        return None
    runner_up = scores[1][0] if len(scores) > 1 else 0
    return code if best >= MIN_RATIO * runner_up else _UNDETERMINED


#: For an ASCII sample, the same counts by ``str.translate``, in C over the whole sample
#: at once: a list of 10,000 one-line items gave 40,000 runs and 20,000 words to the
#: patterns (5 ms a text), and an ASCII text's letters are A-Z and a-z.
_DROP_LETTERS = str.maketrans("", "", string.ascii_letters)
_SPACE_FOR_NON_LETTERS = str.maketrans(
    {chr(c): " " for c in range(128) if chr(c) not in string.ascii_letters}
)


def _latin_letters(sample: str, plain: bool) -> int:
    """How many Latin letters ``sample`` holds; ``plain``: it is ASCII."""
    if plain:
        return len(sample) - len(sample.translate(_DROP_LETTERS))
    return len(sample) - sum(map(len, _NOT_LATIN.findall(sample)))


def _words(sample: str, plain: bool) -> list[str]:
    """The words of ``sample`` (runs of letters, :data:`_WORD`); ``plain``: it is ASCII."""
    if plain:
        return sample.translate(_SPACE_FOR_NON_LETTERS).split()
    return _WORD.findall(sample)


#: A sample is counted the ASCII way (:func:`_rare_characters`) when at most one character
#: in this many lies outside ASCII, of at most :data:`_FEW_RARE` different ones: an English
#: draft holds a few curly quotes and dashes, and a name or two ("Côte d'Ivoire").
_RARE_SHARE = 8
_FEW_RARE = 32
_NON_ASCII = compile_cached(r"[^\x00-\x7f]")
#: One Latin letter (what :data:`_NOT_LATIN` leaves out), and one letter of a word
#: (:data:`_WORD`).
_LATIN_LETTER = compile_cached(r"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]")
_WORD_LETTER = compile_cached(r"[^\W\d_]")
_ASCII_LETTER_BYTES = string.ascii_letters.encode()
#: :data:`_SPACE_FOR_NON_LETTERS` for UTF-8 bytes: the bytes of characters outside ASCII
#: (all 128 and over) kept.
_SPACE_FOR_NON_LETTER_BYTES = bytes(
    c if c >= 128 or chr(c) in string.ascii_letters else ord(" ") for c in range(256)
)


def _rare_characters(sample: str) -> Counter[str] | None:
    """The characters of ``sample`` outside ASCII, each with how often it stands there (in
    the order of their first places), when they are few enough to be taken one by one
    (:data:`_RARE_SHARE`, :data:`_FEW_RARE`); ``None`` when they are not (a text in
    another script or with many accents, read by the patterns)."""
    if sample.isascii():
        return Counter()
    found = _NON_ASCII.findall(sample)
    if len(found) * _RARE_SHARE > len(sample):
        return None
    counts = Counter(found)
    return counts if len(counts) <= _FEW_RARE else None


def _letters_in_ranges(sample: str, rare: Counter[str] | None) -> int:
    """How many Latin letters ``sample`` holds (as :func:`_latin_letters` counts them),
    ``rare`` its characters outside ASCII (:func:`_rare_characters`). With few of those,
    the ASCII letters are counted by ``bytes.translate`` and each other character once:
    the patterns' scan of a whole sample cost a millisecond for a few curly quotes."""
    if rare is None:
        return _latin_letters(sample, False)
    ascii_only = sample.encode("ascii", "ignore")
    ascii_letters = len(ascii_only) - len(ascii_only.translate(None, _ASCII_LETTER_BYTES))
    return ascii_letters + sum(n for char, n in rare.items() if _LATIN_LETTER.match(char))


def _sample_words(lowered: str, rare: Counter[str] | None) -> list[str]:
    """The words of ``lowered`` (the sample lower-cased) as :func:`_words` finds them,
    ``rare`` the sample's characters outside ASCII (:func:`_rare_characters`). With few of
    those, each that is no letter of a word (a curly quote, a dash) is made a space, and
    the letters of the rest are split from the text by ``bytes.translate``: the same
    words as the patterns' scan (each character outside ASCII of a word is kept in it)."""
    if rare is None:
        return _WORD.findall(lowered)
    # Lower-casing may turn a character into others (and an ASCII one: the Kelvin sign
    # into "k"): those of the lower-cased text.
    spaced = lowered
    for char in {x for c in rare for x in c.lower() if not x.isascii()}:
        if _WORD_LETTER.match(char) is None:
            spaced = spaced.replace(char, " ")
    if spaced.isascii():
        return _words(spaced, True)
    # The letters outside ASCII left are parts of words: their bytes are kept whole.
    return spaced.encode().translate(_SPACE_FOR_NON_LETTER_BYTES).decode().split()


def is_analysable(language: str | None) -> bool:
    """Whether the lexicon can read a text in ``language``: English, or a language that
    could not be told (taken as English)."""
    return language is None or language in ANALYSED_LANGUAGES


__all__ = [
    "ANALYSED_LANGUAGES",
    "MIN_HITS",
    "MIN_RATIO",
    "MIN_SHARE",
    "SAMPLE_CHARS",
    "SHORT_MIN_HITS",
    "detect_language",
    "foreign_untold",
    "is_analysable",
    "language_name",
]
