r"""Read Akoma Ntoso for the UN (AKN4UN) XML into a :class:`~resdiff.model.Draft`.

The official machine-readable Security Council resolutions mark the structure for us:
``meta/workflow`` carries the draft symbol and the sponsors, ``coverPage`` the masthead,
``preamble`` one ``container`` per preambular paragraph, ``mainBody`` numbered
``paragraph``\ s with ``list``/``point``/``sublist`` sub-paragraphs, unnumbered
``paragraph``\ s holding headings, ``attachments`` the annexes and ``authorialNote``
the footnotes.

The markup is not perfectly regular, and this reader repairs what it must so that the
structure matches the printed text:

* a ``sublist`` is a *sibling* of the ``point`` it belongs to, not its child;
* an unnumbered ``point`` is either a heading ("Urgent temporary measures:") whose
  following ``sublist`` really continues the numbering of its siblings, or a second
  paragraph of the text before it; neither can be cited on its own, so neither becomes
  a clause;
* text after a list (``wrapUp``) closes the list's last item, where a printed copy puts
  it; an ``alinea`` belongs to the paragraph;
* sub-items "(a)", "(b)" marked up as ``paragraph`` elements of their own after a numbered
  paragraph (subheadings between them) are items of that paragraph.

What the document is comes from the statement's ``name`` (``resolution``,
``draftResolution``, a presidential statement) and the outcome of the vote recorded in
the workflow (adopted, vetoed, not adopted); its language from its words, else from
``FRBRlanguage``.

The reader's modules: :mod:`.markup` parses the XML safely into a tree of nodes,
:mod:`.builder` walks the body into clauses and repairs the markup as above; this module
reads the metadata, the masthead and the annexes and builds the draft
(:func:`parse_akn`), and keeps every name importable from ``resdiff.read.akn``, as
before the split.

Input is untrusted: the XML is parsed with :mod:`xml.parsers.expat` directly, any DOCTYPE
or entity declaration is refused (no entity expansion, no external resources), and the
element depth is bounded.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from pathlib import Path
from typing import NoReturn

from ...compiled import compile_cached
from ...errors import ResolutionParseError
from ...model import Annex, DocumentKind, DocumentStatus, Draft, Heading, Span
from ..common import clean, normalize_space
from ..language import detect_language
from ..votes import vote_status
from .builder import (  # noqa: F401 - re-exported as before the split
    _ANNEX_TITLE,
    _SEPARATOR,
    _STRUCTURAL,
    _Builder,
    _family,
    _FlatList,
    _follows,
    _is_heading_like,
    _is_preamble_heading,
    _Item,
    _label,
    _Reader,
)
from .markup import (  # noqa: F401 - re-exported as before the split
    MAX_DEPTH,
    Node,
    _local,
    parse_xml,
)

# --------------------------------------------------------------------------------------
# Sponsors

# Member State names that contain " and ", so that "Belgium and Germany" splits but
# "Trinidad and Tobago" does not. Used only when resdiff/read/states.txt is absent.
_AND_STATES = (
    "United Kingdom of Great Britain and Northern Ireland",
    "Trinidad and Tobago",
    "Saint Vincent and the Grenadines",
    "Bosnia and Herzegovina",
    "Antigua and Barbuda",
    "Sao Tome and Principe",
    "Saint Kitts and Nevis",
)


def _and_states() -> tuple[str, ...]:
    """Names with " and " from the shared state list when there is one, else ours."""
    states_file = Path(__file__).with_name("states.txt")
    try:
        lines = states_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return _AND_STATES
    names = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    found = tuple(n for n in names if " and " in n)
    return tuple(dict.fromkeys(found + _AND_STATES))


def split_sponsors(by: str) -> tuple[str, ...]:
    """Split a sponsors string into states.

    ``"Belgium and Germany"`` gives ``("Belgium", "Germany")``; names that contain
    " and " stay whole; an Oxford comma (", and X") and repeated names are tolerated.
    """
    text = normalize_space(clean(by))
    if not text:
        return ()
    protected: dict[str, str] = {}
    for i, name in enumerate(sorted(_and_states(), key=len, reverse=True)):
        token = f"\x00{i}\x00"
        if name in text:
            text = text.replace(name, token)
            protected[token] = name
    parts: list[str] = []
    for piece in text.split(","):
        for sub in re.split(r"(?:^|\s)and\s", piece):
            sub = sub.strip()
            if sub:
                for token, name in protected.items():
                    sub = sub.replace(token, name)
                parts.append(sub)
    return tuple(dict.fromkeys(parts))


# --------------------------------------------------------------------------------------
# What the document is: kind, status, language


def _step_status(outcome: str, by: str) -> DocumentStatus | None:
    """The status a workflow step records, if it records a vote: ``outcome="adopted"``,
    ``"vetoed"``, ``"notAdopted"``, ``"rejected"``, with the vote in ``by`` ("Not adopted
    13-2-0 ...": a count with nine in favour and one against is a veto)."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", outcome).replace("_", " ").lower()
    if not re.search(r"\b(?:adopted|veto(?:ed)?|rejected|failed)\b", words):
        return None  # "VOTING BY MAIL", a meeting: not an outcome
    return vote_status(f"{words}: {by}")


def _kind_and_status(
    name: str, symbol: str | None, voted: DocumentStatus | None
) -> tuple[DocumentKind, DocumentStatus]:
    """What the document is and where it stands, from the statement's ``name``
    (``resolution``, ``draftResolution``, ``presidentialStatement``), its symbol
    (S/PRST/...) and the outcome of the vote in its workflow. A draft put to the vote
    and lost is a draft, whatever the statement says."""
    folded = name.replace("_", "").replace("-", "").lower()
    if "presidential" in folded or "prst" in folded or (symbol and "/PRST/" in symbol):
        return "statement", "draft" if "draft" in folded else "adopted"
    if voted in ("vetoed", "not-adopted"):
        return "draft", voted
    if "draft" in folded:
        return "draft", voted or "draft"
    return "resolution", "adopted"


#: The chapeau of a presidential statement, which AKN may mark up as a paragraph.
_CHAPEAU = compile_cached(r"^At\s+(?:its|the)\s+\d{1,5}(?:st|nd|rd|th)?\s+meeting\b")


def _is_chapeau(text: str) -> bool:
    """Whether a paragraph is the chapeau of a presidential statement."""
    return bool(_CHAPEAU.match(text)) and "following statement" in text and len(text) < 1500


#: ISO 639-2 codes (``FRBRlanguage``) of the official languages, as ISO 639-1.
_LANGUAGES = {
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "rus": "ru",
    "ara": "ar",
    "zho": "zh",
    "chi": "zh",
}


def _metadata_language(meta: Node | None) -> str | None:
    """The language the metadata declares (``FRBRExpression/FRBRlanguage``), for a text
    too short to tell from its words."""
    if meta is None:
        return None
    for node in meta.iter("FRBRlanguage"):
        code = node.attrs.get("language", "").strip().lower()
        if code in _LANGUAGES:
            return _LANGUAGES[code]
        if re.fullmatch(r"[a-z]{2}", code):
            return code
    return None


def _fail(message: str, path: str | None, node: Node | None = None) -> NoReturn:
    raise ResolutionParseError(message, path=path, line=node.line if node else None)


def _date(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        date = _dt.date.fromisoformat(value)
    except ValueError:
        return None
    # AKN uses 0001-01-01 for "no date".
    return None if date.year < 1900 else date


def parse_akn(text: str, *, path: str | None = None) -> Draft:
    """Read an AKN4UN resolution, draft resolution or presidential statement.

    Raises :class:`ResolutionParseError` for malformed XML (with line and column), for
    XML with a DOCTYPE or entity declarations, and for XML that is not an Akoma Ntoso
    document with a preamble or a main body.
    """
    root = parse_xml(text, path=path)
    if root.tag != "akomaNtoso":
        _fail(
            f"expected an Akoma Ntoso document (root element <akomaNtoso>), found <{root.tag}>",
            path,
            root,
        )
    doc = next((c for c in root.children if c.tag not in {"meta", "components"}), None)
    if doc is None:
        _fail(
            "expected a document element (<statement>, <doc>, ...) inside <akomaNtoso>", path, root
        )
    preamble = doc.find("preamble")
    body = doc.find("mainBody") or doc.find("body")
    if preamble is None and body is None:
        _fail(
            f"expected a <preamble> or <mainBody> in <{doc.tag}>: "
            "this Akoma Ntoso document holds no resolution text",
            path,
            doc,
        )

    b = _Builder(path)
    b._refs = {}
    meta = doc.find("meta")

    # -- workflow: draft symbol, sponsors, and the vote and its outcome -----------------
    draft_symbol: str | None = None
    sponsors: tuple[str, ...] = ()
    adopted_date: _dt.date | None = None
    vote: str | None = None
    voted: DocumentStatus | None = None
    if meta is not None:
        for step in meta.iter("step"):
            outcome = step.attrs.get("outcome", "")
            if outcome == "draftResolution":
                draft_symbol = normalize_space(step.attrs.get("as", "")) or None
                sponsors += split_sponsors(step.attrs.get("by", ""))
            elif outcome == "draftResolutionAdditionalSponsors":
                sponsors += split_sponsors(step.attrs.get("by", ""))
            elif (status := _step_status(outcome, step.attrs.get("by", ""))) is not None:
                # "adopted", "vetoed", "notAdopted", ...: the last vote recorded holds.
                voted = status
                adopted_date = _date(step.attrs.get("date"))
                vote = normalize_space(step.attrs.get("by", "")) or None
    sponsors = tuple(dict.fromkeys(sponsors))

    # -- cover page: masthead ------------------------------------------------------------
    masthead: list[str] = []
    symbol = organ = adoption = None
    date: _dt.date | None = None
    cover = doc.find("coverPage")
    if cover is not None:
        for p in cover.children:
            line = b.text(p)
            if line:
                masthead.append(line)
        for node in cover.iter():
            refers = node.attrs.get("refersTo", "")
            if node.tag == "docNumber" and symbol is None:
                symbol = b.text(node) or None
            elif node.tag == "docAuthority" and refers == "#issuingBody":
                organ = b.text(node) or None
            elif node.tag == "docTitle" and refers == "#adoption":
                adoption = b.text(node) or None
            elif node.tag == "docDate" and refers == "#dateOfIssuance" and date is None:
                date = _date(node.attrs.get("date"))
    # The adoption recorded in the workflow dates a resolution; the cover's date of
    # issuance is second (some official files carry a stale one: S/RES/2536 (2020)
    # says "7 November 2017").
    date = adopted_date or date

    kind, status = _kind_and_status(doc.attrs.get("name", ""), symbol, voted)

    # -- preamble ------------------------------------------------------------------------
    formula: str | None = None
    pre_items: list[_Item] = []
    if preamble is not None:
        for node in preamble.children:
            if node.tag == "formula" or (kind == "statement" and _is_chapeau(b.text(node))):
                # A statement's chapeau ("At its ... meeting, ... the President ... made the
                # following statement on behalf of the Council:") is its formula.
                formula = " ".join(f for f in (formula, b.text(node)) if f) or None
            elif node.tag in {"container", "p", "paragraph"}:
                holder = _Item(label=None, node=node, last_line=node.end_line)
                b.collect(node.children if node.tag != "p" else [node], holder, "preamble")
                text_ = " ".join(holder.parts)  # normalised parts (_Item.add_text)
                if not holder.children and _is_preamble_heading(text_):
                    b.heading_for(text_, node, "preamble", None)
                    continue
                pre_items.append(holder)
            elif node.tag in {"subheading", "heading"}:
                b.heading_for(b.text(node), node, "preamble", None)

    # -- main body -----------------------------------------------------------------------
    op_items: list[_Item] = []
    closing: list[str] = []
    if body is not None:
        numbered = any(_label(p) for p in body.children if p.tag == "paragraph")
        top_family = next(
            (_family(lb) for p in body.children if p.tag == "paragraph" and (lb := _label(p))),
            None,
        )
        flat = _FlatList()
        pending: str | None = None
        for node in body.children:
            label = _label(node) if node.tag == "paragraph" else None
            kids = [c.tag for c in node.children]
            if (
                kind == "statement"
                and formula is None
                and label is None
                and not op_items
                and _is_chapeau(b.text(node))
            ):
                formula = b.text(node)
                continue
            if (
                node.tag == "paragraph"
                and label
                and "content" not in kids
                and "list" not in kids
                and ("subheading" in kids or "heading" in kids)
            ):
                # A numbered heading ("(i) Exemptions ..."): a heading, number included.
                b.heading_for(
                    f"{label} {b.text(node, skip=frozenset({'num'}))}", node, "operative", None
                )
                continue
            if label and op_items and _family(label) != top_family:
                # "(a)", "(b)" given as paragraphs of their own after "5. Decides ...:",
                # perhaps with subheadings between them: items of paragraph 5.
                item = _Item(label=label, node=node, last_line=node.end_line)
                if pending is not None:
                    b.point_heading(pending, item)
                item.heading, pending = pending, None
                flat.attach(op_items[-1], item, _family(label))
                b.collect([c for c in node.children if c.tag != "num"], item, "operative")
                continue
            if label is None:
                own = [c for c in node.children if c.tag in {"subheading", "heading"}]
                text_ = b.text(node)
                if _SEPARATOR.match(text_ or " "):
                    # "*" between the last paragraph and the annexes: not a paragraph.
                    if text_:
                        closing.append(text_)
                    continue
                if (
                    own
                    or node.tag == "container"
                    or (numbered and _is_heading_like(text_, max_words=20))
                ):
                    pending = text_
                    b.heading_for(text_, node, "operative", None)
                    continue
                if numbered and op_items:
                    # An unnumbered paragraph among numbered ones continues the one before.
                    op_items[-1].add_text(text_, node.end_line)
                    continue
                # Otherwise the whole operative part is one unnumbered paragraph
                # (an appointment, a referral): it becomes OP1 with no label.
            item = _Item(label=label, node=node, last_line=node.end_line)
            own_heading = [c for c in node.children if c.tag in {"subheading", "heading"}]
            if label and own_heading:
                item.heading = b.text(own_heading[0])
                b.heading_for(item.heading, own_heading[0], "operative", item)
            elif pending is not None:
                item.heading = pending
            pending = None
            b.collect(
                [c for c in node.children if c not in own_heading] if label else node.children,
                item,
                "operative",
            )
            op_items.append(item)
            flat.clear()
        if kind == "statement" and pre_items:
            # A statement has no preamble: paragraphs marked up there are its own.
            op_items[0:0] = pre_items
            pre_items = []

    preamble_clauses = tuple(
        b.freeze(item, f"PP{i}", "preamble") for i, item in enumerate(pre_items, start=1)
    )
    operative = tuple(
        b.freeze(item, f"OP{i}", "operative") for i, item in enumerate(op_items, start=1)
    )
    # Headings were recorded in reading order except the ones pointed at later; fix refs.
    headings: list[Heading] = []
    for text_, span, section, target in b.headings:
        if not text_:
            continue
        headings.append(
            Heading(
                text=text_,
                section=section,
                before=b._refs.get(id(target)) if target is not None else None,
                span=span,
            )
        )
    # A heading without a recorded target comes before the next clause in reading order.
    firsts = sorted(
        (c.span.first_line, c.ref)
        for c in (*preamble_clauses, *operative)
        for c in c.walk()
        if c.span is not None
    )
    # The same clauses one list a section, so that each heading finds its clause by
    # bisection: a scan of every clause for every heading was quadratic (8,000 headings,
    # 4.6 s). The first clause of a section after a line is the same either way.
    by_section: dict[str, tuple[list[int], list[str]]] = {}
    for prefix in ("PP", "OP"):
        chosen = [(line, ref) for line, ref in firsts if ref.startswith(prefix)]
        by_section[prefix] = ([line for line, _ in chosen], [ref for _, ref in chosen])
    fixed: list[Heading] = []
    for h in headings:
        if h.before is None and h.span is not None:
            lines, refs = by_section["OP" if h.section == "operative" else "PP"]
            k = bisect.bisect_right(lines, h.span.last_line)
            h = h.model_copy(update={"before": refs[k] if k < len(refs) else None})
        fixed.append(h)

    annexes = _annexes(doc, b)

    return Draft(
        symbol=symbol,
        draft_symbol=draft_symbol,
        organ=organ,
        kind=kind,
        status=status,
        language=detect_language(" ".join(c.full_text() for c in preamble_clauses + operative))
        or _metadata_language(meta),
        sponsors=sponsors,
        date=date,
        adoption=adoption,
        vote=vote,
        masthead=tuple(masthead),
        enacting_formula=formula,
        preamble=preamble_clauses,
        operative=operative,
        headings=tuple(fixed),
        annexes=annexes,
        footnotes=tuple(b.footnotes),
        closing=tuple(closing),
    )


def _annexes(doc: Node, b: _Builder) -> tuple[Annex, ...]:
    """Annexes from ``attachments``: one per "Annex ..." title line (one attachment of
    the corpus holds Annexes A, B and C), each paragraph as printed, number included."""
    attachments = doc.find("attachments")
    if attachments is None:
        return ()
    annexes: list[Annex] = []
    for attachment in attachments.children:
        inner = next((c for c in attachment.iter() if c.tag in {"mainBody", "body"}), None)
        if inner is None:
            continue
        docs = attachment.iter("doc")
        default_title = (docs[0].attrs.get("name", "") if docs else "") or "annex"
        # Groups of (title, paragraphs, first line, last line), one per annex.
        groups: list[tuple[str | None, list[str], int, int]] = []
        for node in inner.children:
            text_ = _flat_text(node, b)
            if not text_:
                continue
            if _ANNEX_TITLE.match(text_) or not groups:
                is_title = bool(_ANNEX_TITLE.match(text_))
                groups.append(
                    (
                        text_ if is_title else None,
                        [] if is_title else [text_],
                        node.line,
                        node.end_line,
                    )
                )
            else:
                title, paragraphs, first, _ = groups[-1]
                paragraphs.append(text_)
                groups[-1] = (title, paragraphs, first, node.end_line)
        for title, paragraphs, first, last in groups:
            annexes.append(
                Annex(
                    title=title or default_title.capitalize(),
                    paragraphs=tuple(paragraphs),
                    span=Span(first_line=first, last_line=max(first, last)),
                )
            )
    return tuple(annexes)


def _flat_text(node: Node, b: _Builder) -> str:
    """An annex paragraph as printed: each number followed by its text."""
    parts: list[str] = []

    def walk(el: Node) -> None:
        for child in el.children:
            if child.tag == "num":
                parts.append(b.text(child))
            elif child.tag in {
                "content",
                "intro",
                "subheading",
                "heading",
                "wrapUp",
                "p",
                "listIntroduction",
                "alinea",
            }:
                parts.append(b.text(child, skip=_STRUCTURAL))
                for grandchild in child.children:
                    if grandchild.tag in _STRUCTURAL:
                        walk(grandchild)
            else:
                walk(child)

    walk(node)
    return normalize_space(" ".join(p for p in parts if p))


__all__ = ["MAX_DEPTH", "Node", "parse_akn", "parse_xml", "split_sponsors"]
