"""The ZIP package: relationship parts and the parts zipped with fixed timestamps, so
that the same parts give the same bytes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping

from .markup import _DECL, _PKG_RELS, _ZIP_TIME


def _rels(targets: list[tuple[str, str]]) -> str:
    items = "".join(
        f'<Relationship Id="rId{i}" Type="{kind}" Target="{target}"/>'
        for i, (kind, target) in enumerate(targets, 1)
    )
    return f'{_DECL}<Relationships xmlns="{_PKG_RELS}">{items}</Relationships>'


def package(parts: Mapping[str, str | bytes]) -> bytes:
    """A ZIP package of these parts (deflated, fixed timestamps: same parts, same bytes)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8") if isinstance(content, str) else content)
    return buffer.getvalue()
