"""A plain text as Word holds it once pasted in line by line: a Word paragraph per line."""

from __future__ import annotations

from .document import WordDocument


def lines_to_docx(text: str, *, indent: bool = True) -> bytes:
    """A plain text as Word holds it once the text is pasted into Word or a ``.txt`` is
    saved as ``.docx``: each line one Word paragraph, each blank line an empty one, no
    numbering. ``indent=False`` drops the spaces that open a line, as a paste from a
    PDF does (the PDF sets its indents by position, not with spaces)."""
    doc = WordDocument()
    # Lines end at line feeds only: a form feed (a page break in a .txt) becomes a page
    # break inside its paragraph, which stands between words as a space does.
    for line in text.replace("\f", " ").rstrip("\n").split("\n"):
        line = line.rstrip()
        doc.paragraph(*([line if indent else line.lstrip()] if line.strip() else []))
    return doc.to_bytes()
