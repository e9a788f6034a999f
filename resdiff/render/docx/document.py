"""The document: the report's own matter, then the enacting formula and the tracked text
of the clauses, annexes and footnotes, then the closing note (``word/document.xml``).
"""

from __future__ import annotations

from ...model import Comparison
from .._common import (
    KEY_CHANGES_TITLE,
    WARNINGS_TITLE,
    TrackedBy,
    comparison_of,
    key_change_phrase,
    no_key_changes,
    pair_titles,
    warned_drafts,
)
from .annexes import older_note, text_paras
from .marks import _Para, _para_xml, _Revisions, _settle_insertions
from .markup import _R, _W, _XML_DECL, _text_para
from .matter import _changes_table, _draft_para, _report_block, _summary_table
from .sequence import _sequence, _with_headings

#: The enacting formula of each organ, by the series of its document symbols.
_FORMULAS = {"S/": "The Security Council,", "A/": "The General Assembly,"}


def enacting_formula(cmp: Comparison) -> str | None:
    """The enacting formula the tracked text opens with ("The Security Council,"), known
    from the drafts' symbols (S/ is the Security Council's series, A/ the General
    Assembly's); ``None`` when no symbol says, the two disagree, a draft is a
    presidential statement (it has no formula) or not in English."""
    infos = (cmp.old, cmp.new)
    if any(i.kind == "statement" or i.language not in (None, "en") for i in infos):
        return None
    found = {
        formula
        for info in infos
        for prefix, formula in _FORMULAS.items()
        if (info.symbol or "").startswith(prefix)
    }
    return found.pop() if len(found) == 1 else None


def _body(cmp: Comparison, rev: _Revisions) -> str:
    old_t, new_t = pair_titles(cmp.old, cmp.new)
    tracked = TrackedBy(cmp)
    front = [
        _text_para(f"{old_t} → {new_t}", "Title"),
        _text_para(f"{comparison_of(cmp)}, with every change tracked", "Subtitle"),
        _draft_para("Old", cmp.old),
        _draft_para("New", cmp.new),
        *(
            _text_para(f"{role} draft, {WARNINGS_TITLE.lower()}: {line}")
            for role, warned in warned_drafts(cmp.old, cmp.new)
            for line in warned
        ),
        _text_para(KEY_CHANGES_TITLE, "Heading1"),
        *(
            [
                _text_para(f"{k}. {key_change_phrase(key, tracked.key(key))}")
                for k, key in enumerate(cmp.summary.key_changes, 1)
            ]
            or [_text_para(no_key_changes(cmp.summary))]
        ),
        _text_para("Summary", "Heading1"),
        _summary_table(cmp),
    ]
    table = _changes_table(cmp)
    if table:
        front += [_text_para("What changed and why", "Heading1"), table]
    front += [
        _text_para(f"The text of {new_t}, with the changes tracked", "Heading1"),
        _text_para(
            f"Accept all changes to read {new_t}; reject all to read {old_t}, each in its "
            "own order and numbering. A paragraph that moved is struck through where it "
            "stood and underlined where it stands now, with its own changes marked in both "
            "places.",
            "Note",
        ),
    ]
    older = older_note(cmp)
    if older is not None:
        front.append(_text_para(older, "Note"))
    pieces = _with_headings(_sequence(cmp.changes, 0, rev), cmp)
    if not pieces:
        front.append(_text_para("Neither draft has any paragraph.", "Note"))
    if pieces and pieces[0].section == "preamble":
        front.append(_text_para("Preamble", "Heading2"))
    parts = [_report_block("".join(front))]
    formula = enacting_formula(cmp) if pieces else None
    if formula:
        parts.append(_text_para(formula, "Formula"))
    # The clauses in runs of paragraphs that stand next to each other (the heading of the
    # operative part stands between two runs).
    runs: list[list[_Para]] = [[]]
    operative = False
    for piece in pieces:
        if piece.section == "operative" and not operative:
            operative = True
            runs.append([])
        runs[-1] += piece.paras
    # The annexes and footnotes after the operative part, as printed: tracked with the
    # clauses, so that accepting (rejecting) every change gives the whole new (old) draft.
    runs[-1] += text_paras(cmp, rev)
    for k, run in enumerate(runs):
        if k:
            parts.append(_report_block(_text_para("Operative part", "Heading2")))
        _settle_insertions(run)
        parts += [_para_xml(p, rev) for p in run]
    # Always a paragraph after the clauses, so the last clause's mark can be tracked.
    parts.append(
        _report_block(
            _text_para(
                f"Produced by resdiff. Revisions are signed “{rev.author}”, {rev.stamp}.",
                "Note",
            )
        )
    )
    sect = (
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1304" '
        'w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
    )
    return "".join(parts) + sect


def _document_xml(cmp: Comparison, rev: _Revisions) -> str:
    return (
        f'{_XML_DECL}<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>'
        f"{_body(cmp, rev)}</w:body></w:document>"
    )
