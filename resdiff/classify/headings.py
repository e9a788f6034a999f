"""The summary's heading changes: headings added and dropped, and the lead-ins of the
operative part ("Resolves:", :attr:`~resdiff.model.Heading.lead_in`) added, dropped or
changed."""

from __future__ import annotations

from ..model import Draft, HeadingChange

__all__ = ["heading_changes"]


def _key(text: str) -> str:
    """A heading's words with case and spacing folded, as headings are matched."""
    return " ".join(text.lower().split())


def heading_changes(old: Draft, new: Draft) -> tuple[HeadingChange, ...]:
    """The headings added and dropped between the drafts (by their words, case and
    spacing folded), then the lead-ins added, dropped or changed."""
    old_heads = [h for h in old.headings if not h.lead_in]
    new_heads = [h for h in new.headings if not h.lead_in]
    old_keys = {_key(h.text) for h in old_heads}
    new_keys = {_key(h.text) for h in new_heads}
    changes = [
        HeadingChange(kind="added", text=h.text, section=h.section)
        for h in new_heads
        if _key(h.text) not in old_keys
    ]
    changes += [
        HeadingChange(kind="dropped", text=h.text, section=h.section)
        for h in old_heads
        if _key(h.text) not in new_keys
    ]
    return tuple(changes) + _lead_in_changes(old, new)


def _lead_in_changes(old: Draft, new: Draft) -> tuple[HeadingChange, ...]:
    """The lead-ins ("Resolves:") added, dropped or changed, paired in order (the k-th
    of the old draft with the k-th of the new: a text has one or two): named only, as
    the paragraphs they govern carry their verbs and are weighed."""
    olds = [h for h in old.headings if h.lead_in]
    news = [h for h in new.headings if h.lead_in]
    changes: list[HeadingChange] = []
    for was, now in zip(olds, news, strict=False):
        if _key(was.text) != _key(now.text):
            changes.append(
                HeadingChange(
                    kind="changed",
                    text=now.text,
                    section="operative",
                    lead_in=True,
                    old_text=was.text,
                )
            )
    changes += [
        HeadingChange(kind="added", text=h.text, section="operative", lead_in=True)
        for h in news[len(olds) :]
    ]
    changes += [
        HeadingChange(kind="dropped", text=h.text, section="operative", lead_in=True)
        for h in olds[len(news) :]
    ]
    return tuple(changes)
