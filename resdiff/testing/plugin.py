"""A pytest plugin for testing drafts with resdiff.

Installed with resdiff (entry point ``pytest11: resdiff = resdiff.testing.plugin``), it
gives every test suite three fixtures whose paths are relative to the test file::

    def test_the_compromise_drops_chapter_vii(resdiff_compare):
        cmp = resdiff_compare("drafts/japan.txt", "drafts/adopted.txt")
        assert cmp.summary.chapter_vii == "dropped"

    def test_outline(resdiff_parse):
        assert resdiff_parse("drafts/japan.txt").chapter_vii

    def test_red_lines(resdiff_check):
        result = resdiff_check("drafts/adopted.txt", "red-lines/japan.toml",
                               base="drafts/japan.txt")
        assert result.ok, result.report()

and readable failures: comparing a change with a kind, ``assert cmp.change_for("OP3") ==
"softened"``, explains the change found (its shifts in plain words and its redline)
instead of printing two reprs. The assertions of :mod:`resdiff.testing.assertions`
explain themselves everywhere, with or without this plugin.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ..model import CHANGE_KINDS, Change, Comparison, Draft
from .assertions import explain_change

__all__ = [
    "pytest_assertrepr_compare",
    "pytest_report_header",
    "resdiff_check",
    "resdiff_compare",
    "resdiff_parse",
]


def _resolver(request: pytest.FixtureRequest) -> Callable[[Any], Any]:
    """Turns relative paths into paths next to the requesting test file; texts (with a
    newline), bytes and drafts pass through."""
    here = Path(request.path).parent

    def resolve(source: Any) -> Any:
        if isinstance(source, str) and "\n" in source:
            return source
        if isinstance(source, str | os.PathLike):
            path = Path(source)
            return path if path.is_absolute() else here / path
        return source

    return resolve


@pytest.fixture
def resdiff_parse(request: pytest.FixtureRequest) -> Callable[..., Draft]:
    """``resdiff_parse(path, **kwargs)``: :func:`resdiff.parse` with ``path`` relative to
    the test file (texts, bytes and drafts are passed on as they are)."""
    from .. import parse

    resolve = _resolver(request)

    def run(source: Any, **kwargs: Any) -> Draft:
        return parse(resolve(source), **kwargs)

    return run


@pytest.fixture
def resdiff_compare(request: pytest.FixtureRequest) -> Callable[..., Comparison]:
    """``resdiff_compare(old, new, **kwargs)``: :func:`resdiff.compare` with paths
    relative to the test file."""
    from .. import compare

    resolve = _resolver(request)

    def run(old: Any, new: Any, **kwargs: Any) -> Comparison:
        return compare(resolve(old), resolve(new), **kwargs)

    return run


@pytest.fixture
def resdiff_check(request: pytest.FixtureRequest) -> Callable[..., Any]:
    """``resdiff_check(draft, spec, base=None)``: the red lines in ``spec`` (a TOML file,
    relative to the test file, or TOML text) checked on ``draft``, against ``base`` when
    given; returns a :class:`~resdiff.negotiation.red_lines.CheckResult`."""
    from ..negotiation.red_lines import check

    resolve = _resolver(request)

    def run(draft: Any, spec: Any, *, base: Any = None, **kwargs: Any) -> Any:
        return check(
            resolve(draft),
            resolve(spec),
            base=resolve(base) if base is not None else None,
            **kwargs,
        )

    return run


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """Explain ``change == "softened"`` and ``draft == other_draft`` when they fail."""
    if op != "==":
        return None
    if isinstance(left, str) and isinstance(right, Change):
        left, right = right, left
    if isinstance(left, Change) and isinstance(right, str):
        moved = ", moved" if left.moved else ""
        if right not in CHANGE_KINDS:
            # A typo ("softend") can never be equal: say so, not only what the change is.
            return [
                f"{right!r} is not a change kind (one of {', '.join(CHANGE_KINDS)}); "
                f"{left.label} is {left.kind}{moved}",
                *explain_change(left).splitlines(),
            ]
        return [
            f"{left.label} is {left.kind}{moved}, not {right}",
            *explain_change(left).splitlines(),
        ]
    if isinstance(left, Draft) and isinstance(right, Draft):
        lines = [f"{left.name} and {right.name} differ"]
        old = {c.ref: c for c in left.walk()}
        new = {c.ref: c for c in right.walk()}
        for ref in [*old, *(r for r in new if r not in old)]:
            a, b = old.get(ref), new.get(ref)
            if a is None:
                lines.append(f"  {ref}: only on the right: {b.text if b else ''}")
            elif b is None:
                lines.append(f"  {ref}: only on the left: {a.text}")
            elif a.text != b.text:
                lines.append(f"  {ref}: {a.text!r} != {b.text!r}")
        if len(lines) == 1:
            for name in type(left).model_fields:
                if getattr(left, name) != getattr(right, name):
                    lines.append(f"  {name} differs")
        return lines
    return None


def pytest_report_header(config: pytest.Config) -> str:
    """``resdiff 0.1.0`` in the session header."""
    from .._version import __version__

    return f"resdiff {__version__}"
