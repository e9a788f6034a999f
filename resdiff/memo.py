"""Memos keyed by a text that never keep a long one: the one guard every such memo of the
package uses (the reader's per-line tests, the lexicon's lowered and keyed texts, the
bracket folds, the mandate references, the content words).

A memo pays for texts asked about again and again (a running header, a paragraph read by
a hundred features, the paragraphs two drafts share), but a memo keyed by a text keeps
the text, and what is worked out of it, until it fills: a long-running process comparing
drafts of one 2.5 MB paragraph kept 22 MB after each comparison. A text longer than
``longest`` (:data:`~resdiff.limits.LONGEST_REMEMBERED` unless told) is worked out anew
each time, which is linear in it, and never stored. This module imports nothing from the
package but :mod:`resdiff.limits`, so that every stage may use it."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast

from .limits import LONGEST_REMEMBERED

_P = ParamSpec("_P")
_R = TypeVar("_R")
_R_co = TypeVar("_R_co", covariant=True)


class Remembered(Protocol[_P, _R_co]):
    """What :func:`remembered` makes of a function: called as the function is, with the
    memo's ``cache_info`` and ``cache_clear`` (:func:`functools.lru_cache`'s), the memo
    itself as ``memo`` and the function, which remembers nothing, as ``__wrapped__``."""

    memo: Any

    def __call__(self, text: str, /, *args: _P.args, **kwargs: _P.kwargs) -> _R_co:
        """The function's answer, from the memo where the text is short enough."""
        ...

    def __wrapped__(self, text: str, /, *args: _P.args, **kwargs: _P.kwargs) -> _R_co:
        """The function's answer worked out anew."""
        ...

    def cache_info(self) -> functools._CacheInfo:
        """The memo's hits, misses and size."""
        ...

    def cache_clear(self) -> None:
        """Forget every answer."""
        ...


def remembered(
    maxsize: int, *, longest: int = LONGEST_REMEMBERED
) -> Callable[[Callable[Concatenate[str, _P], _R]], Remembered[_P, _R]]:
    """A decorator: the function, whose first argument is a text (any others hashable),
    remembered in an LRU memo of at most ``maxsize`` answers, none for a text longer than
    ``longest`` characters (see the module's docstring)."""

    def decorate(work: Callable[Concatenate[str, _P], _R]) -> Remembered[_P, _R]:
        memo = functools.lru_cache(maxsize=maxsize)(work)

        def recall(text: str, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
            if len(text) > longest:
                return work(text, *args, **kwargs)
            return memo(text, *args, **kwargs)  # type: ignore[arg-type]

        functools.update_wrapper(recall, work)
        vars(recall).update(memo=memo, cache_info=memo.cache_info, cache_clear=memo.cache_clear)
        return cast("Remembered[_P, _R]", recall)

    return decorate


#: What a memo holds for no text (an answer may be ``None``).
_MISSING: Any = object()


def recall(
    memo: dict[str, _R],
    text: str,
    work: Callable[[str], _R],
    *,
    size: int,
    longest: int = LONGEST_REMEMBERED,
) -> _R:
    """``work(text)``, from ``memo`` (a plain dict its owner keeps, as an object's memo
    that is saved with it must be) where it holds the answer; else worked out, and kept
    where ``text`` is at most ``longest`` characters (see the module's docstring), the
    oldest answer dropped when ``memo`` holds ``size``."""
    if len(text) > longest:
        return work(text)
    known = memo.get(text, _MISSING)
    if known is not _MISSING:
        return known  # type: ignore[no-any-return]
    answer = work(text)
    while memo and len(memo) >= size:
        # The oldest answer makes room (a dict keeps its insertion order): a process that
        # lives long (a server, a test run) keeps the texts it reads now, not its first.
        # pop, not del: another thread may have taken the same one out; and another
        # thread's answer put in between iter() and next() makes next() raise (the
        # memo's dict is shared: a server's threads read through one lexicon), so the
        # oldest is looked for again.
        try:
            oldest = next(iter(memo), text)
        except RuntimeError:
            continue
        memo.pop(oldest, None)
    memo[text] = answer
    return answer


#: ``text.lower()``, remembered. Lower-casing a text that is not ASCII (curly quotes,
#: dashes, accented names: a third of a long draft's paragraphs) looks up each character
#: in the Unicode tables, about 60 instructions a character; the screens' keyed text
#: (:mod:`resdiff.lexicon.keywords`), the opening words' lowered text
#: (:mod:`resdiff.lexicon.anchors`) and the content words (:mod:`resdiff.clauses.views`)
#: each lower-cased the same paragraphs again: 1.5 million characters lower-cased in a
#: 500-paragraph compare, 61% of them a text lower-cased before.
lower_case: Remembered[[], str] = remembered(4096)(str.lower)
