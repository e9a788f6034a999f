"""The parts the walk reads beside the main document: those the main document relates to
by type (styles, numbering, footnotes, endnotes, comments) and the first page's own
header, where UN templates print the masthead. A layer of
:class:`~resdiff.read.docx.reader._Reader`.
"""

from __future__ import annotations

from typing import Any

from .package import _R, _R_STRICT, _on, _Package, _Xml


class _Parts:
    """The parts related to the main document (a layer of :class:`_Reader`)."""

    # Set by _Reader.__init__.
    package: _Package
    rels: dict[str, tuple[str, str]]
    x: _Xml

    # -- parts ---------------------------------------------------------------------

    def _related(self, suffix: str) -> str | None:
        """The part the main document relates to by type (``/styles``, ``/numbering``),
        else the part of the usual name (``word/styles.xml``)."""
        for rel_type, target in self.rels.values():
            if rel_type.endswith(suffix) and self.package.has(target):
                return target
        usual = f"word{suffix}.xml"
        return usual if self.package.has(usual) else None

    def _related_root(self, suffix: str) -> Any | None:
        part = self._related(suffix)
        if part is None:
            return None
        return self.package.xml(part)

    def _first_page_header(self, body: Any) -> Any | None:
        """The first page's own header, where UN templates print the masthead (running
        headers on the other pages are page furniture)."""
        x = self.x
        sect = next(iter(body.iter(x.q("sectPr"))), None)
        if sect is None or sect.find(x.q("titlePg")) is None:
            return None
        if not _on(x.val(sect, "titlePg")):
            return None
        for ref in sect.iter(x.q("headerReference")):
            if x.val(ref, attr="type") != "first":
                continue
            rid = ref.get(f"{{{_R}}}id") or ref.get(f"{{{_R_STRICT}}}id")
            target = self.rels.get(str(rid or ""))
            if target is None:
                return None
            return self.package.xml(target[1])
        return None
