"""A strength-trajectory chart of a :class:`~resdiff.history.History` (matplotlib).

Two panels share the x axis (the revisions, oldest first): axis A, prescriptive force
(1 declaratory … 6 decides / authorizes), and axis B, censure (1 expresses concern … 7
condemns in the strongest terms). Each operative provision is one line; a gap in a line
is a revision the provision is absent from. Preambular paragraphs are left out: their
lead phrases are recitals, not commands.

matplotlib is optional (``pip install 'resdiff[chart]'``) and imported only when a chart
is drawn, with the non-interactive Agg backend so that it works on a server.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..history import History, Provision

__all__ = ["ChartFormat", "strength_chart"]

ChartFormat = Literal["png", "svg"]

_INSTALL_HINT = (
    "the strength chart needs matplotlib: pip install 'resdiff[chart]' "
    "(or pip install 'matplotlib>=3.8')"
)


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_INSTALL_HINT) from exc
    # Agg before pyplot: no display is needed, and a GUI backend would fail headless.
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _series(p: Provision, axis: Literal["a", "b"]) -> list[float]:
    values: list[float] = []
    for present, strength in zip(p.present, p.strength, strict=True):
        tier: int | None = None
        if present and strength is not None:
            tier = strength.axis_a if axis == "a" else strength.axis_b
            # As the classifier does: a phrase that ranks only on censure ("condemns")
            # is declaratory on the prescriptive axis, not missing from it.
            if axis == "a" and tier is None and strength.lead is not None:
                tier = 1
        values.append(float(tier) if tier is not None else math.nan)
    return values


def strength_chart(
    history: History,
    path: str | Path,
    *,
    format: ChartFormat | None = None,
    title: str | None = None,
) -> Path:
    """Draw the strength trajectories of the operative provisions and write the chart to
    ``path`` as PNG or SVG (``format``, else the suffix). Returns the path written.

    Raises ``ImportError`` naming ``pip install 'resdiff[chart]'`` when matplotlib is
    missing, and ``ValueError`` for a format other than PNG or SVG.
    """
    out = Path(path)
    fmt = (format or out.suffix.lstrip(".")).lower()
    if fmt not in ("png", "svg"):
        raise ValueError(
            f"cannot tell the chart format from {str(out)!r}: use a .png or .svg name "
            "or format='png' / 'svg'"
        )
    plt = _pyplot()
    n = len(history.revisions)
    xs = list(range(n))
    provisions = history.operative
    fig, (ax_a, ax_b) = plt.subplots(
        2, 1, sharex=True, figsize=(max(6.0, 1.8 * n + 3.5), 8.0), constrained_layout=True
    )
    try:
        axes: tuple[tuple[Any, Literal["a", "b"]], ...] = ((ax_a, "a"), (ax_b, "b"))
        for ax, axis in axes:
            drawn = [
                (p, ys) for p in provisions if not all(map(math.isnan, ys := _series(p, axis)))
            ]
            # Lines on the same tier would hide each other: each is nudged by a few
            # hundredths of a tier, too little to be read as a change of tier.
            step = min(0.05, 0.4 / max(len(drawn), 1))
            for i, (p, ys) in enumerate(drawn):
                nudge = (i - (len(drawn) - 1) / 2) * step
                ax.plot(
                    xs,
                    [y + nudge for y in ys],
                    marker="o",
                    linewidth=1.6,
                    label=f"{p.label}: {_short(p.text, 32)}",
                )
        ax_a.set_ylim(0.5, 6.5)
        ax_a.set_yticks(range(1, 7))
        ax_a.set_ylabel("Axis A: prescriptive force")
        ax_b.set_ylim(0.5, 7.5)
        ax_b.set_yticks(range(1, 8))
        ax_b.set_ylabel("Axis B: censure")
        ax_b.set_xticks(xs)
        ax_b.set_xticklabels([f"[{r.index}] {r.name}" for r in history.revisions])
        for ax in (ax_a, ax_b):
            ax.grid(True, axis="y", alpha=0.3)
            ax.set_xlim(-0.3, max(n - 1, 0) + 0.3)
            if ax.lines:
                ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), fontsize=8)
        ax_a.set_title(title or "Strength of the operative provisions per revision")
        fig.savefig(out, format=fmt, metadata=_metadata(fmt))
    finally:
        plt.close(fig)
    return out


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _metadata(fmt: str) -> dict[str, Any]:
    # No creation date in the file, so the same history always writes the same bytes.
    return {"Date": None} if fmt == "svg" else {}
