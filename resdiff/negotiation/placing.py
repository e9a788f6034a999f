"""Where a what-if draft's headings and lead-ins stand once steps have dropped and
inserted paragraphs: each where the base draft had it, or, where a step dropped the
paragraph it stood over, over the next paragraph still there below that place and above
the next heading, inserted or not. The place is the base draft's, so the order of the
steps does not matter: "insert before OP2, drop OP1" and "drop OP1, insert before OP2"
both put the new item under the lead-in that stood over OP1."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..model import Draft, Heading

#: A paragraph of the what-if draft: its base ref (None for one a step inserted), its
#: place in the base draft's section (the base index; an inserted paragraph's anchor's
#: index, less a half before it, plus a half after it) and its ref in the what-if draft.
Placed = tuple[str | None, float, str]


def placed_headings(
    base: Draft, sections: Sequence[Sequence[Placed]], lead_ins: Mapping[str, str]
) -> tuple[Heading, ...]:
    """The base draft's headings in the what-if draft whose sections (preamble, then
    operative part) hold the paragraphs ``sections``, the lead-ins' words as swapped
    (``lead_ins``, by the base ref each stood over): over the paragraph each stood over,
    or, where a step dropped that one, over the first paragraph placed below it and above
    the next heading of the base draft; a heading with none is dropped too."""
    renamed: dict[str, str] = {}
    headed = {h.before for h in base.headings if h.before is not None}
    for paragraphs, placed in zip((base.preamble, base.operative), sections, strict=True):
        renamed.update((ref, now) for ref, _, now in placed if ref is not None)
        refs = [c.ref for c in paragraphs]
        for k, ref in enumerate(refs):
            if ref in renamed or ref not in headed:
                continue
            end = next((j for j in range(k + 1, len(refs)) if refs[j] in headed), len(refs))
            below = next(((at, now) for _, at, now in placed if at > k), None)
            if below is not None and below[0] < end:
                renamed[ref] = below[1]
    return tuple(
        h.model_copy(
            update={"before": renamed[h.before], "text": lead_ins.get(h.before, h.text)}
            if h.lead_in
            else {"before": renamed[h.before]}
        )
        if h.before
        else h
        for h in base.headings
        if h.before is None or h.before in renamed
    )
