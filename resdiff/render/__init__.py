"""Reports of a comparison: plain text, Markdown, a self-contained HTML page, or JSON;
and, as bytes, a Word document with tracked changes (:func:`render_docx`).

Renderers read only the comparison model (:mod:`resdiff.model`) and the shared wording
(:mod:`resdiff.explain`); they never parse or align, so a saved JSON comparison renders
exactly like a fresh one.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from pydantic import BaseModel

from ..model import Comparison
from ..safe import printable
from .text import render_text

if TYPE_CHECKING:
    from .docx import render_docx
    from .html import render_html
    from .markdown import render_markdown

#: Renderers imported on first use (PEP 562): a text report at the command line should
#: not pay for the Word writer's XML and URL modules or the HTML page's.
_LAZY = {"render_docx": "docx", "render_html": "html", "render_markdown": "markdown"}


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


__all__ = [
    "BINARY_FORMATS",
    "FORMATS",
    "render",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_text",
]

#: Accepted values of ``format`` in :func:`render` (``md`` is short for ``markdown``).
FORMATS: tuple[str, ...] = ("text", "markdown", "md", "html", "json")

#: Reports that are bytes, not text, each with its own function: ``"docx"`` is
#: :func:`render_docx`.
BINARY_FORMATS: tuple[str, ...] = ("docx",)


#: The formats read by people, whose control characters are shown as escapes.
_FOR_PEOPLE = frozenset({"text", "markdown", "csv"})

#: The products ``render`` also takes, by class name: (module, function prefix, formats).
_PRODUCTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "History": ("timeline", "render_timeline", ("text", "markdown", "html")),
    "Provenance": ("provenance", "render_provenance", ("text", "markdown", "html")),
    "Lineage": ("lineage", "render_lineage", ("text", "markdown", "html")),
    "Series": ("series", "render_series", ("text", "html", "csv")),
    "Precedents": ("precedents", "render_precedents", ("text", "markdown", "html")),
}


def render(cmp: object, format: str) -> str:
    """The comparison as ``"text"``, ``"markdown"`` (or ``"md"``), ``"html"`` or ``"json"``.

    JSON is the public contract (its ``schema`` is
    :data:`resdiff.model.COMPARISON_SCHEMA`) and reads back, older versions too, with
    ``Comparison.model_validate_json``. Any other format raises ``ValueError`` naming the
    accepted ones. A history, provenance, lineage, series or precedents report is
    rendered by its own renderer in the formats it has (a new user passed a ``History``
    and met an ``AttributeError``).
    """
    fmt = format.strip().lower()
    product = _PRODUCTS.get(type(cmp).__name__)
    if product is not None:
        module, prefix, formats = product
        fmt = "markdown" if fmt == "md" else fmt
        if fmt == "json" and isinstance(cmp, BaseModel):
            return cmp.model_dump_json(indent=2, by_alias=True)
        if fmt not in formats:
            raise ValueError(
                f"a {type(cmp).__name__} renders as {', '.join((*formats, 'json'))}, not {format!r}"
            )
        function = getattr(importlib.import_module(f"{__name__}.{module}"), f"{prefix}_{fmt}")
        text: str = function(cmp)
        return printable(text) if fmt in _FOR_PEOPLE else text
    if not isinstance(cmp, Comparison):
        raise TypeError(
            f"render() takes a Comparison (or a product report), not {type(cmp).__name__}"
        )
    if fmt == "text":
        # A draft is untrusted: the reports people read in a terminal or a log show its
        # control characters as escapes (HTML escapes its own; JSON keeps the data).
        return printable(render_text(cmp))
    if fmt in ("md", "markdown"):
        from .markdown import render_markdown

        return printable(render_markdown(cmp))
    if fmt == "html":
        from .html import render_html

        return render_html(cmp)
    if fmt == "json":
        return cmp.model_dump_json(indent=2, by_alias=True)
    if fmt == "docx":
        raise ValueError("a docx report is bytes, not text: use render_docx(cmp)")
    raise ValueError(f"unknown report format {format!r}: use one of {', '.join(FORMATS)}")
