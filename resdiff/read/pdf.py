"""PDF input: the text layer of a PDF, cleared of UN page furniture, through the text
reader.

(Being written: see issue 10.)
"""

from __future__ import annotations

from ..errors import ResolutionParseError
from ..model import Draft


def parse_pdf(data: bytes, *, path: str | None = None) -> Draft:
    """Read a PDF's text layer as a draft."""
    raise ResolutionParseError("PDF input is not available yet", path=path)
