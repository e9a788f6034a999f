"""Charts of a :class:`~resdiff.history.History` and a :class:`~resdiff.lineage.Lineage`
(matplotlib), readable at ten revisions and eighty provisions.

**Strength chart** (:func:`strength_chart`): small multiples, one panel per operative
provision, for the ``top`` provisions that changed most (the steps that softened or
strengthened them, then the tier moves); the rest are summarised in one line under the
panels. Each panel draws the provision's tier on axis A (prescriptive force, 1
declaratory … 6 decides / authorizes) and axis B (censure, 1 expresses concern … 7
condemns in the strongest terms) at every revision it stands in: values on their tier,
never nudged off it, and two lines in one panel cannot hide a third provision. A gap is a
revision the provision is absent from.

**Lineage chart** (:func:`lineage_chart`): one panel per sanctions measure (its mode at
each revision: not named, voluntary, hortatory, mandatory) and one per quantity that
moved (its value at each revision, in months for times), at most ``top`` panels.

Revisions are numbered ``0 … n-1`` on the x axes and named once, under the panels. The
only legend names the two axes and the marks of the steps, and sits inside the figure.

matplotlib is optional (``pip install 'resdiff[chart]'``) and imported only when a chart
is drawn, with the non-interactive Agg backend so that it works on a server.
"""

from __future__ import annotations

import itertools
import math
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from ..model import MODE_RANK

if TYPE_CHECKING:
    from ..history import History, Provision, Revision
    from ..lineage import Lineage

__all__ = [
    "ChartFormat",
    "lineage_chart",
    "lineage_figure",
    "most_changed",
    "strength_chart",
    "strength_figure",
]

ChartFormat = Literal["png", "svg"]

#: Panels drawn by default; the rest are summarised under them.
DEFAULT_TOP = 8

_INSTALL_HINT = (
    "the strength chart needs matplotlib: pip install 'resdiff[chart]' "
    "(or pip install 'matplotlib>=3.8')"
)


def chart_missing() -> str | None:
    """Why a chart cannot be drawn here (matplotlib is not installed), or ``None``:
    checked before the work, so a command fails before it writes anything."""
    import importlib.util

    return _INSTALL_HINT if importlib.util.find_spec("matplotlib") is None else None


def _pyplot() -> Any:
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_INSTALL_HINT) from exc
    # Agg before pyplot: no display is needed, and a GUI backend would fail headless.
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


#: How a step is marked along a panel's top: softened, strengthened, mixed, dropped (the
#: line only ended there, which read as nothing happening: a researcher's finding on the
#: asset freeze dropped from the China-Russia draft).
_STEP_MARKS = {
    "softened": ("v", "#b03a2e", "step softened"),
    "strengthened": ("^", "#2e7d32", "step strengthened"),
    "mixed": ("D", "#6a4c93", "step mixed"),
    "dropped": ("X", "#555555", "step dropped it"),
}
#: Where the step marks stand: above the highest tier (7).
_STEP_ROW = 7.25


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


def _moves(values: Sequence[float]) -> int:
    """How many times a tier changed between revisions the provision stands in."""
    seen = [v for v in values if not math.isnan(v)]
    return sum(1 for a, b in itertools.pairwise(seen) if a != b)


def most_changed(history: History, top: int = DEFAULT_TOP) -> tuple[list[Provision], int]:
    """The operative provisions a strength chart draws, most changed first (steps that
    softened, strengthened or mixed them, or dropped or added them with a weighed shift,
    then tier moves, then reading order; one that never changed is not drawn), and how
    many operative provisions were left out."""
    scored: list[tuple[int, int, int, Provision]] = []
    for order, p in enumerate(history.operative):
        # A provision dropped or added with weight (the asset freeze dropped at [1]) is
        # changed as much as one softened: a new user found the chart left it out for an
        # unchanged one.
        shifted = sum(
            1
            for s in p.steps
            if s is not None
            and (
                s.kind in ("softened", "strengthened", "mixed")
                or (
                    s.kind in ("dropped", "added")
                    and any(x.direction != "neutral" for x in s.shifts)
                )
            )
        )
        moves = _moves(_series(p, "a")) + _moves(_series(p, "b"))
        if not shifted and not moves:
            # Never changed: no panel among "the most changed" (a researcher found
            # "Underlines ..." drawn flat there).
            continue
        scored.append((-shifted, -moves, order, p))
    scored.sort(key=lambda item: item[:3])
    chosen = [p for *_, p in scored[:top]]
    # Reading order within the chosen ones, so panels follow the text.
    chosen.sort(key=lambda p: history.provisions.index(p))
    return chosen, len(history.operative) - len(chosen)


def _check_format(out: Path, format: ChartFormat | None) -> str:
    fmt = (format or out.suffix.lstrip(".")).lower()
    if fmt not in ("png", "svg"):
        raise ValueError(
            f"cannot tell the chart format from {str(out)!r}: use a .png or .svg name "
            "or format='png' / 'svg'"
        )
    return fmt


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _short_name(name: str) -> str:
    return name.removeprefix("S/RES/").removeprefix("A/RES/")


def _revision_key(revisions: Sequence[Revision], width: int, directions: Sequence[str] = ()) -> str:
    """``[0] 2509 (2020) · [1] 2526 (2020) …``, wrapped to ``width`` characters; with
    ``directions`` (one a step, revision 1 on) each step's verdict as compare gives it,
    ``[1] 2526 (2020): softer``: the panels showed what each step did to a provision and
    never whether the step was softer or stronger (issue 9 §8)."""
    said = {k: f": {d}" for k, d in enumerate(directions, start=1)}
    text = " · ".join(
        f"[{r.index}] {_short(_short_name(r.name), 28)}{said.get(r.index, '')}" for r in revisions
    )
    return "\n".join(textwrap.wrap(text, width=width, break_on_hyphens=False))


def _grid(count: int) -> tuple[int, int]:
    cols = 1 if count <= 1 else 2 if count <= 4 else 3 if count <= 9 else 4
    return math.ceil(count / cols), cols


def _figure(plt: Any, count: int, n: int) -> tuple[Any, list[Any]]:
    rows, cols = _grid(max(count, 1))
    width = max(7.0, cols * max(3.2, 0.32 * n + 1.6))
    height = 1.2 + rows * 2.3
    fig, grid = plt.subplots(
        rows, cols, figsize=(width, height), squeeze=False, layout="constrained"
    )
    axes = [ax for row in grid for ax in row]
    for ax in axes[count:]:
        ax.set_axis_off()
    return fig, axes[:count]


def _footer(fig: Any, lines: Sequence[str]) -> None:
    # supxlabel takes part in constrained layout, so the footer is never clipped.
    fig.supxlabel("\n".join(line for line in lines if line), fontsize=8, ha="center")


def _chars_across(fig: Any) -> int:
    # About 7 points a character at 8 pt: the footer wraps to the figure's width.
    return max(40, int(fig.get_figwidth() * 72 / 5.2))


def strength_figure(history: History, *, top: int = DEFAULT_TOP, title: str | None = None) -> Any:
    """The strength chart as a matplotlib ``Figure`` (the caller closes it): one panel
    per provision of :func:`most_changed`, one legend (the two axes and the step marks),
    the revisions named once
    and the provisions left out counted, all inside the figure."""
    plt = _pyplot()
    n = len(history.revisions)
    xs = list(range(n))
    chosen, left_out = most_changed(history, top)
    fig, axes = _figure(plt, len(chosen), n)
    handles: list[Any] = []
    marked: dict[str, Any] = {}
    for ax, p in zip(axes, chosen, strict=True):
        line_a = ax.plot(
            xs,
            _series(p, "a"),
            marker="o",
            linewidth=1.8,
            color="#1f5fa8",
            label="Axis A: prescriptive force (1–6)",
        )[0]
        line_b = ax.plot(
            xs,
            _series(p, "b"),
            marker="s",
            linewidth=1.4,
            linestyle="--",
            color="#b03a2e",
            label="Axis B: censure (1–7)",
        )[0]
        if not handles:
            handles = [line_a, line_b]
        # The steps that softened or strengthened it within a tier (an exemption widened,
        # a hedge added) leave its lines flat: each is marked along the panel's top, so a
        # flat line is not read as nothing changed (analyst review, 3 December).
        for kind, (marker, colour, label) in _STEP_MARKS.items():
            at = [k for k, step in enumerate(p.steps) if step is not None and step.kind == kind]
            if not at:
                continue
            mark = ax.plot(
                at,
                [_STEP_ROW] * len(at),
                linestyle="none",
                marker=marker,
                markersize=7,
                color=colour,
                label=label,
            )[0]
            if label not in marked:
                marked[label] = mark
        ax.set_ylim(0.5, 7.5)
        ax.set_yticks(range(1, 8))
        ax.set_xlim(-0.4, max(n - 1, 0) + 0.4)
        ax.set_xticks(xs)
        ax.tick_params(labelsize=7)
        ax.grid(True, axis="y", alpha=0.3)
        ax.set_title(
            "\n".join(textwrap.wrap(f"{_short(p.label, 30)}: {_short(p.text, 44)}", 38)[:2]),
            fontsize=8,
            loc="left",
        )
    if not chosen:
        ax = fig.add_subplot(1, 1, 1)
        ax.set_axis_off()
        said = (
            "No operative provision changed."
            if history.operative
            else "No operative provision to chart."
        )
        ax.text(0.5, 0.5, said, ha="center", va="center")
    heading = title or "Strength of the most changed operative provisions"
    handles += list(marked.values())
    if handles:
        # The legend carries the title: a suptitle and a legend both "outside upper
        # center" would be laid over each other.
        fig.legend(
            handles=handles,
            loc="outside upper center",
            ncols=min(len(handles), 3),
            fontsize=8,
            frameon=False,
            title=heading,
            title_fontsize=11,
        )
    else:
        fig.suptitle(heading, fontsize=11)
    summary = ""
    if left_out:
        summary = (
            f"{len(chosen)} most changed of {len(history.operative)} operative provisions; "
            f"the {left_out} others are in the history's report."
        )
    steps = [c.summary.direction for c in history.comparisons]
    _footer(fig, [_revision_key(history.revisions, _chars_across(fig), steps), summary])
    return fig


def strength_chart(
    history: History,
    path: str | Path,
    *,
    format: ChartFormat | None = None,
    title: str | None = None,
    top: int = DEFAULT_TOP,
) -> Path:
    """Draw the strength chart (:func:`strength_figure`) and write it to ``path`` as PNG
    or SVG (``format``, else the suffix). Returns the path written.

    Raises ``ImportError`` naming ``pip install 'resdiff[chart]'`` when matplotlib is
    missing, and ``ValueError`` for a format other than PNG or SVG.
    """
    out = Path(path)
    fmt = _check_format(out, format)
    plt = _pyplot()
    fig = strength_figure(history, top=top, title=title)
    try:
        fig.savefig(out, format=fmt, metadata=_metadata(fmt))
    finally:
        plt.close(fig)
    return out


def lineage_figure(lineage: Lineage, *, top: int = 12, title: str | None = None) -> Any:
    """The lineage chart as a matplotlib ``Figure`` (the caller closes it): a panel per
    measure (its mode per revision) and per quantity that moved (its value per revision),
    at most ``top`` panels, the rest counted under them."""
    from .lineage import moved_tracks

    plt = _pyplot()
    n = len(lineage.revisions)
    xs = list(range(n))
    tracks = moved_tracks(lineage)
    panels: list[tuple[str, Any]] = [("measure", m) for m in lineage.measures]
    panels += [("quantity", t) for t in tracks]
    shown, left_out = panels[:top], max(0, len(panels) - top)
    fig, axes = _figure(plt, len(shown), n)
    for ax, (what, item) in zip(axes, shown, strict=True):
        ax.set_xlim(-0.4, max(n - 1, 0) + 0.4)
        ax.set_xticks(xs)
        ax.tick_params(labelsize=7)
        ax.grid(True, axis="y", alpha=0.3)
        if what == "measure":
            levels = [float(MODE_RANK[s.mode]) if s is not None else 0.0 for s in item.states]
            ax.step(xs, levels, where="mid", color="#1f5fa8", linewidth=1.8)
            ax.plot(xs, levels, "o", color="#1f5fa8")
            ax.set_ylim(-0.5, 3.5)
            ax.set_yticks(range(4))
            ax.set_yticklabels(["not named", "voluntary", "hortatory", "mandatory"])
            ax.set_title(f"Measure: {_short(item.label, 34)}", fontsize=8, loc="left")
        else:
            scale, unit = _scale(item.type)
            ys = [
                v.number / scale if v is not None and v.number is not None else math.nan
                for v in item.values
            ]
            ax.plot(xs, ys, marker="o", color="#b03a2e", linewidth=1.8)
            known = [y for y in ys if not math.isnan(y)]
            if known and min(known) == max(known):
                # A value that stands still is drawn on a span of its own size with a few
                # round ticks: "20 days" flat read on a 19.00–21.00 axis in quarter steps
                # like a change (a new user's finding).
                value = known[0]
                pad = max(1.0, abs(value) * 0.5)
                ax.set_ylim(max(0.0, value - pad) if value >= 0 else value - pad, value + pad)
                ax.set_yticks([value])
            ax.set_title(
                "\n".join(
                    textwrap.wrap(
                        f"{item.label}{unit}, {_first_ref(item)}: {_short(item.subject, 44)}", 40
                    )[:2]
                ),
                fontsize=8,
                loc="left",
            )
    if not shown:
        ax = fig.add_subplot(1, 1, 1)
        ax.set_axis_off()
        ax.text(0.5, 0.5, "No measure or moving quantity to chart.", ha="center", va="center")
    fig.suptitle(title or "Measures and quantities per text", fontsize=11)
    summary = f"{left_out} more panels in the lineage report." if left_out else ""
    _footer(fig, [_revision_key(lineage.revisions, _chars_across(fig)), summary])
    return fig


def _first_ref(track: Any) -> str:
    return next((v.ref for v in track.values if v is not None), "")


def _scale(type_: str) -> tuple[float, str]:
    """What a quantity's number (days for times) is divided by on a panel, and the unit
    named in its title: months for renewals and durations, days for intervals."""
    if type_ in ("renewal", "duration"):
        return 30.44, " (months)"
    if type_ in ("reporting_interval", "deadline", "notice"):
        return 1.0, " (days)"
    return 1.0, ""


def lineage_chart(
    lineage: Lineage,
    path: str | Path,
    *,
    format: ChartFormat | None = None,
    title: str | None = None,
    top: int = 12,
) -> Path:
    """Draw the lineage chart (:func:`lineage_figure`) and write it to ``path`` as PNG or
    SVG. Returns the path written; errors as :func:`strength_chart`."""
    out = Path(path)
    fmt = _check_format(out, format)
    plt = _pyplot()
    fig = lineage_figure(lineage, top=top, title=title)
    try:
        fig.savefig(out, format=fmt, metadata=_metadata(fmt))
    finally:
        plt.close(fig)
    return out


def _metadata(fmt: str) -> dict[str, Any]:
    # No creation date in the file, so the same history always writes the same bytes.
    return {"Date": None} if fmt == "svg" else {}
