"""Series: the consecutive texts of one mandate or sanctions regime, paired and compared.

An analyst following a year's renewals asks which mandates and regimes were weakened.
:func:`series` takes many adopted texts (files, or an index's documents), finds the
**series** among them — the texts that renew, extend, amend or end one mandate or regime
— pairs each text with the one before it in its series, compares every pair with
:func:`resdiff.compare` (through :func:`resdiff.parallel.parallel_map`, so on Dask when
asked) and keeps, per pair, the comparison's direction, counts, flags, measures and key
changes. The result is one table (:meth:`Series.rows`, :meth:`Series.to_dataframe`; CSV
and Parquet in :mod:`resdiff.render.series`) and one HTML dashboard.

The package's modules: :mod:`.model` (the series, its texts, pairs and mandates, and
the options), :mod:`.grouping` (texts put in series), :mod:`.labels` (what a
mandate is called) and :mod:`.select` (the series ``only`` keeps); this module pairs
and compares (:func:`series`, :func:`corpus_series`, :func:`files_series`) and keeps
every name importable from ``resdiff.series``, as before the split.

How texts are put in series
---------------------------
1. **Metadata**, when given: texts with the same agenda item and the same subject in
   their title (the title with its dates and periods taken out: "extension of the
   mandate of UNMISS until 15 March 2021" is "extension of the mandate of UNMISS").
2. **Text**, for the rest: two texts belong to one series when their words are close
   enough (``SeriesOptions.similarity``: the mean of two IDF-weighted cosines, over every
   paragraph and over the opening — the first two preambular and first three operative
   paragraphs). Candidates come from an inverted index of each text's most telling
   words, never from all pairs. Linked texts form a series, ordered by date.
3. **Short texts** (``SeriesOptions.short`` operative paragraphs or fewer: a technical
   rollover, "Decides to extend the mandate of UNSMIL until 30 September 2021") carry
   too few words for step 2. A group made only of them joins the series of the latest
   text of the set it cites in its operative part ("as set out in resolution 2542
   (2020)"); failing that, the series whose renewals name the same body ("the mandate
   of UNSOM", "the deployment of AMISOM"); two such groups naming the same body are one
   series.

Consecutive texts of a series are paired; a text alone in its series is listed, not
paired. Measured in ``benchmarks/series.py`` against the pairs the UN's titles imply.
"""

from __future__ import annotations

import datetime as _dt
import itertools
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from ..model import Comparison, Draft
from ..skipped import cited_form, merged, resolution_number, skipped_between

if TYPE_CHECKING:
    import os

    from ..corpus.index import Corpus
    from ..corpus.ingest import Metadata
    from ..lexicon import Lexicon

from .grouping import (  # noqa: F401 - re-exported as before the split
    _BODY,
    _CITATION,
    _NOT_BODIES,
    _STOP,
    _SYMBOL_NUMBER,
    _TITLE_DATE,
    _TITLE_FOR_MONTHS,
    _TITLE_ON,
    _TITLE_PERIOD,
    _bodies,
    _cosine,
    _lifecycle_texts,
    _number,
    _order_key,
    _text_similarities,
    _Union,
    _vector,
    _words,
    body_key,
    founding,
    group_texts,
    title_subject,
)
from .labels import (  # noqa: F401 - re-exported as before the split
    _CAPITALS,
    _NOT_A_COUNTRY,
    _PLACE,
    _SITUATION,
    _SOVEREIGN,
    _distinct_labels,
    _label,
    acronym_labels,
    covers_half,
)
from .model import (  # noqa: F401 - re-exported as before the split
    _KINDS,
    COLUMNS,
    COLUMNS_V1,
    SERIES_SCHEMA,
    SERIES_TABLE_SCHEMA,
    Evidence,
    Mandate,
    Series,
    SeriesOptions,
    SeriesPair,
    SeriesText,
    TextMetadata,
)

__all__ = [
    "COLUMNS",
    "COLUMNS_V1",
    "SERIES_SCHEMA",
    "SERIES_TABLE_SCHEMA",
    "Mandate",
    "Series",
    "SeriesOptions",
    "SeriesPair",
    "SeriesText",
    "TextMetadata",
    "corpus_series",
    "files_series",
    "group_texts",
    "series",
    "title_subject",
]


# ---------------------------------------------------------------------------------------
# Comparing the pairs


def compare_renewals(
    task: tuple[tuple[Draft, ...], tuple[tuple[int, int], ...]],
) -> list[Comparison]:
    """Compare the renewals of one series: ``task`` is its texts and the pairs to compare
    (positions in them, earlier first). The function :func:`series` maps over the
    series, here or on a Dask worker: one task a series, so each text travels once."""
    from ..api import compare

    texts, pairs = task
    return [compare(texts[a], texts[b]) for a, b in pairs]


def series(
    drafts: Sequence[Draft],
    *,
    metadata: Sequence[TextMetadata | None] | None = None,
    paths: Sequence[str | None] | None = None,
    options: SeriesOptions | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    lexicon: Lexicon | None = None,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
    only: Sequence[str] = (),
) -> Series:
    """Find the series among analysed ``drafts`` (adopted texts, in any order), pair the
    consecutive texts of each and compare every pair.

    ``metadata`` gives texts their agenda item and title (one entry per draft, ``None``
    where unknown); ``paths`` where each came from, for reports. ``scheduler`` says
    where the comparisons run (:func:`resdiff.parallel.parallel_map`: this machine's
    processes by default, ``"sync"`` for this process, or a Dask cluster's address); the
    result is the same wherever they ran. ``lexicon`` re-analyses the drafts with another
    lexicon first. ``since`` and ``until`` (both included) keep the renewals adopted in
    that window — a year's renewals, each still compared with the text before it,
    however old. ``only`` keeps the series matching any of its names (see
    :func:`.select.mandate_names`: a label, a body's acronym or full name, or the number of a
    resolution the series holds, case-insensitively): every text is still read and
    grouped, but only the kept series are compared, so one series costs one series'
    comparisons; :attr:`Series.selected` and :attr:`Series.found` say what was asked and
    how many series there were.

    Raises ``ValueError`` when ``metadata`` or ``paths`` do not match the drafts, and
    :class:`~resdiff.errors.ResdiffError` when a name of ``only`` matches no series
    (naming it and the nearest labels).
    """
    from ..parallel import parallel_map

    opts = options or SeriesOptions()
    texts_in = list(drafts)
    if lexicon is not None:
        from ..api import parse

        texts_in = [parse(d, lexicon=lexicon) for d in texts_in]
    n = len(texts_in)
    meta = list(metadata) if metadata is not None else [None] * n
    where = (
        list(paths)
        if paths is not None
        else [d.source.path if d.source else None for d in texts_in]
    )
    if len(meta) != n or len(where) != n:
        raise ValueError(f"{len(meta)} metadata entries and {len(where)} paths for {n} texts")
    # Two files of one resolution (its XML and its PDF) are one text, not a renewal:
    # the first is kept, the others are named in ``duplicates``.
    first_of: dict[str, int] = {}
    duplicates: list[str] = []
    duplicate_of: dict[int, int] = {}
    kept: list[int] = []
    for k, d in enumerate(texts_in):
        if d.symbol is not None and d.symbol in first_of:
            duplicate_of[k] = first_of[d.symbol]
            duplicates.append(
                f"{where[k] or d.name}: the same symbol as {where[first_of[d.symbol]] or d.symbol}"
            )
            continue
        if d.symbol is not None:
            first_of[d.symbol] = k
        kept.append(k)
    grouped = group_texts([texts_in[k] for k in kept], [meta[k] for k in kept], opts, lexicon)
    groups = [
        (
            [kept[k] for k in members],
            evidence,
            {(kept[a], kept[b]): v for (a, b), v in sims.items()},
        )
        for members, evidence, sims in grouped
    ]
    mandate_of: dict[int, str] = {}
    mandates: list[Mandate] = []
    work: list[tuple[str, int, int, Evidence, float]] = []
    rollovers: dict[int, str] = {}
    throughs: dict[tuple[int, int], tuple[int, ...]] = {}
    for number, (members, _, _) in enumerate(groups, start=1):
        ident = f"S{number}"
        agendas = [m.agenda for k in members if (m := meta[k]) and m.agenda]
        # As its title (see labels._label): an agenda item one text of 2022 gives ("Letter
        # dated 28 February 2014 from the Permanent Representative of Ukraine ...") is
        # not the agenda of a series whose other texts are of 1982 and carry none.
        agenda = agendas[0] if agendas and covers_half(len(agendas), len(members)) else None
        mandates.append(
            Mandate(
                id=ident,
                label=_label(texts_in, members, meta),
                agenda=agenda,
                texts=tuple(members),
            )
        )
        for k in members:
            mandate_of[k] = ident
    mandates = _distinct_labels(acronym_labels(mandates, texts_in), texts_in)
    found_count = len(mandates)
    # A tuple once: a name given alone is one name, not its letters, and names given
    # as an iterator are read once (by the selection) but recorded too (``selected``).
    only = (only,) if isinstance(only, str) else tuple(only)
    # Each name once: "UNDOF" and "undof" are one name, as the selection matches them
    # (recorded as first given; a reviewer saw them recorded twice).
    once: dict[str, str] = {}
    for name in only:
        once.setdefault(body_key(name), name)
    only = tuple(once.values())
    if only:
        from .select import select_mandates

        spelt: dict[str, str] = {}
        mandates = select_mandates(mandates, texts_in, only, spelt)
        # A name found as the acronym a body's name spells, no text printing it, or as a
        # resolution no text read is (a regime's, "1533"), is recorded with how: the
        # report says how "UNEF" or "1533" found its series.
        only = tuple(f"{n}: {spelt[n]}" if n in spelt else n for n in only)
    kept_ids = {m.id for m in mandates}
    for number, (members, evidence, sims) in enumerate(groups, start=1):
        ident = f"S{number}"
        if ident not in kept_ids:
            # Left out by ``only``: grouped (its texts keep their series' id) but not
            # compared, which is where the time goes.
            continue
        # The text in force before each: a technical rollover that continues the text
        # before it as a whole keeps that text in force, and the next full text is
        # compared with it (through the rollover).
        in_force: dict[int, int] = {}
        for (a, b), ev in zip(itertools.pairwise(members), evidence[1:], strict=True):
            base = in_force.get(a, a)
            reason = _rollover(texts_in[base], texts_in[a], texts_in[b])
            if reason is not None:
                rollovers[b] = reason
                in_force[b] = base
            if not _within(texts_in[b].date, since, until):
                continue
            if reason is None and base != a:
                through = tuple(members[members.index(base) + 1 : members.index(b)])
                work.append((ident, base, b, ev, sims.get((base, b), sims[(a, b)])))
                throughs[(base, b)] = through
            else:
                work.append((ident, a, b, ev, sims[(a, b)]))
    # One task a series, its texts sent once; the comparisons come back in work's order.
    tasks: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
    for ident, a, b, _, _ in work:
        members, pairs_at = tasks.setdefault(ident, ([], []))
        for k in (a, b):
            if k not in members:
                members.append(k)
        pairs_at.append((members.index(a), members.index(b)))
    done = parallel_map(
        compare_renewals,
        [
            (tuple(texts_in[k] for k in members), tuple(pairs_at))
            for members, pairs_at in tasks.values()
        ],
        scheduler=scheduler,
        progress=progress,
        label="comparing renewals",
    )
    comparisons = [cmp for batch in done for cmp in batch]
    # What each renewal's later text cites between the two and no file of the run held:
    # the history's rule (resdiff.skipped), so a series and a history of the same files
    # name a step's skipped texts alike.
    numbers = [resolution_number(d.symbol) for d in texts_in]
    given = {x for x in numbers if x is not None}
    pairs = [
        _pair(ident, a, b, ev, sim, texts_in, cmp).model_copy(
            update={
                "skipped": skipped_between(old, texts_in[b], given)
                if (old := numbers[a]) is not None
                else (),
                "rollover": rollovers.get(b),
                "through": tuple(
                    texts_in[k].symbol or texts_in[k].name for k in throughs.get((a, b), ())
                ),
            }
        )
        for (ident, a, b, ev, sim), cmp in zip(work, comparisons, strict=True)
    ]
    texts = tuple(
        SeriesText(
            index=k,
            symbol=d.symbol,
            name=d.symbol or d.name,
            date=d.date,
            title=(meta[k].title if meta[k] is not None else None) or d.title,  # type: ignore[union-attr]
            agenda=meta[k].agenda if meta[k] is not None else None,  # type: ignore[union-attr]
            path=where[k],
            preamble=len(d.preamble),
            operative=len(d.operative),
            chapter_vii=d.chapter_vii,
            mandate=mandate_of.get(k),
            duplicate_of=duplicate_of.get(k),
            founding=founding(d, lexicon),
        )
        for k, d in enumerate(texts_in)
    )
    return Series(
        # With a selection, the kept series' texts only, each with its index in the run:
        # the others' kept an id no mandate of the file held (a reviewer's finding).
        texts=tuple(t for t in texts if t.mandate in kept_ids) if only else texts,
        mandates=tuple(mandates),
        pairs=tuple(pairs),
        options=opts,
        duplicates=tuple(duplicates),
        selected=tuple(only),
        found=found_count if only else None,
        read=len(texts) if only else None,
    )


def _rollover(in_force: Draft, before: Draft, new: Draft) -> str | None:
    """Why ``new`` keeps ``in_force`` (the last full text) in force, when it is a short
    technical rollover that continues it as a whole ("Decides to extend resolution 2607
    (2021) until 17 November 2022": "continues resolution 2607 (2021) as a whole"), or
    continues as a whole the rollover ``before`` it, which kept ``in_force`` in force;
    else ``None``. (A text that continues only a mission's mandate by reference is a
    renewal of its own: what it leaves out is read as left out.)"""
    from ..classify.standing import FULL_TEXT, SHORT_SHARE, continues_whole

    full = len(in_force.operative)
    if full < FULL_TEXT or not new.operative or len(new.operative) > SHORT_SHARE * full:
        return None
    number = continues_whole(in_force, new)
    if number is None and before is not in_force:
        number = continues_whole(before, new)
    return None if number is None else f"continues resolution {number} as a whole"


def _within(date: _dt.date | None, since: _dt.date | None, until: _dt.date | None) -> bool:
    if since is None and until is None:
        return True
    if date is None:
        return False
    return (since is None or date >= since) and (until is None or date <= until)


def _pair(
    ident: str,
    a: int,
    b: int,
    evidence: Evidence,
    similarity: float,
    drafts: Sequence[Draft],
    cmp: Comparison,
) -> SeriesPair:
    s = cmp.summary
    return SeriesPair(
        mandate=ident,
        old=a,
        new=b,
        old_symbol=drafts[a].symbol,
        new_symbol=drafts[b].symbol,
        old_date=drafts[a].date,
        new_date=drafts[b].date,
        evidence=evidence,
        similarity=min(1.0, max(0.0, similarity)),
        **s.step_fields(),
    )


def corpus_series(
    corpus: Corpus,
    *,
    options: SeriesOptions | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
    only: Sequence[str] = (),
) -> Series:
    """:func:`series` over the adopted texts of a corpus index (drafts, vetoed and
    not-adopted texts left out). A text the index has an agenda item for (the
    ``--metadata`` of ``resdiff index build``) is grouped by it and its title too."""
    documents = [
        d for d in corpus.documents() if d.status not in ("draft", "vetoed", "not-adopted")
    ]
    drafts = [corpus.draft(d) for d in documents]
    # An agenda item says the title came with it from the metadata; a text's own title
    # alone ("Resolution 2536 (2020)") names no series.
    metadata = [
        TextMetadata(agenda=d.agenda, title=d.title) if d.agenda else None for d in documents
    ]
    return series(
        drafts,
        metadata=metadata,
        paths=[d.path for d in documents],
        options=options,
        scheduler=scheduler,
        progress=progress,
        since=since,
        until=until,
        only=only,
    )


def files_series(
    sources: Sequence[str | os.PathLike[str]],
    *,
    metadata: Sequence[str | os.PathLike[str]] = (),
    options: SeriesOptions | None = None,
    scheduler: str | None = None,
    progress: bool = False,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
    only: Sequence[str] = (),
) -> Series:
    """:func:`series` over files, folders or globs, read through a temporary corpus index
    (built where ``scheduler`` says, like ``resdiff index build``; ``metadata``: JSON
    lines files as there) and deleted afterwards. A file that cannot be read is a
    :class:`~resdiff.errors.ResdiffError` naming it, as in an index build."""
    import tempfile
    from pathlib import Path

    from ..corpus.index import Corpus

    with tempfile.TemporaryDirectory(prefix="resdiff-series-") as folder:
        corpus = Corpus.build(
            sources,
            Path(folder) / "series.rdx",
            scheduler=scheduler,
            progress=progress,
            metadata=metadata,
        )
        with corpus:
            found = corpus_series(
                corpus,
                options=options,
                scheduler=scheduler,
                progress=progress,
                since=since,
                until=until,
                only=only,
            )
            failed = corpus.last_build.failed
            # Every text read, the series left out by a selection included: a text read
            # is never one "no file held".
            read = {d.symbol for d in corpus.documents() if d.symbol}
    if metadata:
        from ..corpus.ingest import read_metadata

        found = skipped_texts(found, read_metadata(list(metadata)), read=read)
    return found.model_copy(update={"unread": tuple(f"{f.path}: {f.error}" for f in failed)})


def skipped_texts(
    found: Series, facts: Mapping[str, Metadata], *, read: Collection[str] = ()
) -> Series:
    """``found`` with each renewal's :attr:`SeriesPair.skipped` completed by the texts
    ``facts`` (a metadata file's, by symbol) dates strictly between the pair's two texts, with the
    title subject of one of them (:func:`title_subject`) and the same agenda item where
    both have one, that the series did not read. Without them a pair of texts two years
    apart reads as one renewal (UNMISS 2514 (2020) → 2625 (2022), with 2567 (2021) not
    in the corpus). ``read``: the symbols of every text read, where ``found`` lists some
    only (a selection, :attr:`Series.selected`)."""
    read = {t.symbol for t in found.texts if t.symbol} | set(read)
    candidates = [
        (m.date, symbol, title_subject(m.title), m.agenda)
        for symbol, m in facts.items()
        if symbol not in read and m.date is not None and m.title
    ]
    if not candidates:
        return found
    pairs = []
    for p in found.pairs:
        old, new = found.text(p.old), found.text(p.new)
        subjects = {title_subject(t.title) for t in (old, new) if t.title}
        agendas = {t.agenda for t in (old, new) if t.agenda}
        if p.old_date is None or p.new_date is None or not subjects:
            pairs.append(p)
            continue
        skipped = sorted(
            (date, symbol)
            for date, symbol, subject, agenda in candidates
            if p.old_date < date < p.new_date
            and subject in subjects
            and (not agendas or agenda is None or agenda in agendas)
        )
        pairs.append(
            p.model_copy(update={"skipped": merged(p.skipped, (cited_form(s) for _, s in skipped))})
            if skipped
            else p
        )
    return found.model_copy(update={"pairs": tuple(pairs)})
