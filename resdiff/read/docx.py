"""Word (.docx) input: the paragraphs of a Word package, with automatic numbering and
tracked changes, as a :class:`~resdiff.model.Draft`.

(Being written: see issue 10.)
"""

from __future__ import annotations

from ..errors import ResolutionParseError
from ..model import Draft, TrackedVersion


def parse_docx(
    data: bytes, *, path: str | None = None, version: TrackedVersion = "accepted"
) -> Draft:
    """Read a Word package: the ``version`` of its text (tracked changes accepted or
    rejected) through the text reader."""
    raise ResolutionParseError("Word (.docx) input is not available yet", path=path)
