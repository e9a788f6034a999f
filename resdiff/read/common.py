"""Text clean-up and clause references shared by every reader."""

from __future__ import annotations

import re
import unicodedata

from ..model import MAX_CLAUSE_DEPTH, Clause, Draft, ParseWarning, clause_depth

# Characters that only change how text looks, folded so that a draft copied from a PDF,
# a Word file and an AKN file of the same text read the same.
_FOLD = str.maketrans(
    {
        "\u00a0": " ",  # no-break space
        "\u2007": " ",  # figure space
        "\u202f": " ",  # narrow no-break space
        "\u2009": " ",  # thin space
        "\u200b": "",  # zero-width space
        "\u200c": "",
        "\u200d": "",
        "\ufeff": "",
        "\u00ad": "",  # soft hyphen: a line-break hint, not a character of the text
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\t": " ",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb00": "ff",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
    }
)

_SPACES = re.compile(r"\s+")


def clean(text: str) -> str:
    """Fold typographic variants (curly quotes, no-break and zero-width spaces, soft
    hyphens, ligatures) to plain characters. Does not touch line breaks."""
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def normalize_space(text: str) -> str:
    """Collapse every run of whitespace to one space and strip the ends."""
    return _SPACES.sub(" ", text).strip()


_ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")


def is_roman(token: str) -> bool:
    """True for a lower-case roman numeral (i, ii, iv, xii, ...)."""
    return bool(token) and bool(_ROMAN.match(token))


def label_key(label: str) -> str:
    """The part of a sub-paragraph label that goes into a ref: ``"(a)"`` and ``"a."`` give
    ``"a"``, ``"(ii)"`` gives ``"ii"``, ``"5."`` gives ``"5"``."""
    return label.strip().strip("().").strip()


def child_ref(parent_ref: str, label: str | None, ordinal: int) -> str:
    """The ref of a sub-paragraph: ``OP5`` + ``(a)`` gives ``OP5(a)``.

    Bullets (en-dash, bullet sign) and unlabelled items have no letter or number of their
    own, so they are numbered by position: the second bullet of OP5 is ``OP5(2)``.
    """
    key = label_key(label) if label else ""
    if not key or not key.isalnum():
        key = str(ordinal)
    return f"{parent_ref}({key})"


def bound_depth(draft: Draft) -> Draft:
    """``draft`` with no clause nested deeper than :data:`MAX_CLAUSE_DEPTH`: the
    sub-paragraphs below the deepest level allowed are kept, in reading order, as
    children of their ancestor at that level, with a ``too-deep`` warning each place it
    happens. Readers whose input can nest without bound (XML, Word) end here, so that
    renderers, the JSON round trip and the comparison never meet a deeper tree."""
    if clause_depth(draft.paragraphs) <= MAX_CLAUSE_DEPTH:
        return draft
    warnings: list[ParseWarning] = []

    def bounded(clause: Clause, level: int) -> Clause:
        # Recursion stops at MAX_CLAUSE_DEPTH levels; below that the walk is iterative.
        if level < MAX_CLAUSE_DEPTH - 1:
            children = tuple(bounded(child, level + 1) for child in clause.children)
        elif clause_depth(clause.children) <= 1:
            return clause
        else:
            flat: list[Clause] = []
            stack = list(reversed(clause.children))
            while stack:
                node = stack.pop()
                flat.append(node.model_copy(update={"children": ()}))
                stack.extend(reversed(node.children))
            children = tuple(flat)
            warnings.append(
                ParseWarning(
                    code="too-deep",
                    message=(
                        f"{clause.ref} holds sub-paragraphs nested deeper than "
                        f"{MAX_CLAUSE_DEPTH} levels: kept at level {MAX_CLAUSE_DEPTH}"
                    ),
                    line=clause.span.first_line if clause.span else None,
                )
            )
        return clause.model_copy(update={"children": children})

    preamble = tuple(bounded(clause, 1) for clause in draft.preamble)
    operative = tuple(bounded(clause, 1) for clause in draft.operative)
    return draft.model_copy(
        update={
            "preamble": preamble,
            "operative": operative,
            "warnings": (*draft.warnings, *warnings),
        }
    )
