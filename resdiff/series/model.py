"""The series model: the options, the texts, the pairs compared, the mandates, and the
whole :class:`Series` with its table (:meth:`Series.rows`) and its JSON contract
(:data:`SERIES_SCHEMA`)."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Literal

from pydantic import ConfigDict, Field, model_validator

from ..display import hook
from ..model import (
    ChangeKind,
    FlagStatus,
    Frozen,
    HeadingChange,
    KeyChange,
    KindCounts,
    MeasureChange,
    NetDirection,
    symbol_key,
)
from ..model.versions import renamed_to
from ..plain import one_line
from ..safe import printable
from ..skipped import cited_form, merged

if TYPE_CHECKING:
    import pandas


#: The version of the series JSON contract this library writes.
SERIES_SCHEMA = "resdiff.series/7"
#: The version of the series table (:meth:`Series.rows`, CSV, Parquet) this library
#: writes, in its last column, ``table_schema``. Version 2 added, after the columns of
#: version 1 (:data:`COLUMNS_V1`, which had no version column), ``use_of_force``,
#: ``headings``, ``lead_ins`` and ``table_schema``: a reader of version 1 that reads the
#: columns by name or by position reads a version 2 table unchanged.
SERIES_TABLE_SCHEMA = "resdiff.series-table/2"

Evidence = Literal["metadata", "text", "citation", "body"]


class SeriesOptions(Frozen):
    """How texts are put in series (see the module docstring).

    - ``similarity``: least text similarity (0–1) for two texts to be one series;
    - ``short``: a text with at most this many operative paragraphs is a short text,
      placed by what it cites and names rather than by its words;
    - ``top_words``: the most telling words of each text that candidate search uses;
    - ``max_posting``: a word that is among the most telling of more texts than this is
      not used to find candidates (it would pair everything with everything).
    """

    similarity: float = Field(default=0.45, ge=0.0, le=1.0)
    short: int = Field(default=5, ge=0, le=1000)
    top_words: int = Field(default=25, ge=1, le=1000)
    max_posting: int = Field(default=200, ge=2)


class TextMetadata(Frozen):
    """What a metadata file says of one text: its agenda item and title."""

    agenda: str | None = None
    title: str | None = None


class SeriesText(Frozen):
    """One text of a series run: how reports name it, and where it stands."""

    index: int = Field(
        ge=0,
        description="Its place among the texts read, by which mandates and pairs name it "
        "(Series.text(index)); with a selection, not its position in texts, which lists "
        "the kept series' texts only.",
    )
    symbol: str | None = None
    name: str
    date: _dt.date | None = None
    title: str | None = None
    agenda: str | None = None
    path: str | None = None
    preamble: int = 0
    operative: int = 0
    chapter_vii: bool = False
    mandate: str | None = Field(default=None, description="The id of its series, if any.")
    duplicate_of: int | None = Field(
        default=None, description="The text of the same symbol kept in its stead, if any."
    )
    founding: str | None = Field(
        default=None,
        description="The words by which it establishes a force, mission or regime "
        "('Decides to set up immediately, under its authority, a United Nations "
        "Emergency Force'): a series' start, never a renewal of the text before it "
        "(none in version 6 and older files).",
    )


class SeriesPair(Frozen):
    """One renewal: a text and the one before it in its series, and what the later one
    changed (the comparison's summary). ``evidence`` says what put the later text in the
    series: its metadata, its words, a citation of an earlier text or the body it
    names; ``similarity`` is the texts' similarity (0–1)."""

    mandate: str
    old: int = Field(ge=0)
    new: int = Field(ge=0)
    old_symbol: str | None = None
    new_symbol: str | None = None
    old_date: _dt.date | None = None
    new_date: _dt.date | None = None
    evidence: Evidence
    similarity: float = Field(ge=0.0, le=1.0)
    direction: NetDirection
    counts: KindCounts
    chapter_vii: FlagStatus
    art39: FlagStatus
    use_of_force: FlagStatus
    measures_added: tuple[MeasureChange, ...] = ()
    measures_dropped: tuple[MeasureChange, ...] = ()
    measures_changed: tuple[MeasureChange, ...] = ()
    key_changes: tuple[KeyChange, ...] = ()
    weight_softer: float = Field(default=0.0, ge=0.0)
    weight_stronger: float = Field(default=0.0, ge=0.0)
    headings: tuple[HeadingChange, ...] = Field(
        default=(),
        description="The headings the renewal added or dropped and the lead-ins "
        "('Resolves:') it added, dropped or changed, as the comparison's summary reads "
        "them (none in version 3 and older files).",
    )
    skipped: tuple[str, ...] = Field(
        default=(),
        description="The resolutions between the two that no file of the run held, as "
        "the history names a step's (resdiff.skipped, one rule): those the later text "
        "cites, numbered and dated between, and those a metadata file puts in the "
        "same series between them; each as '2567 (2021)', oldest first. The pair may "
        "span more than one renewal (version 6 and older files named the metadata's "
        "only, by symbol).",
    )
    rollover: str | None = Field(
        default=None,
        description="Set when the new text is a technical rollover that continues the old "
        "one as a whole ('Decides to extend resolution 2607 (2021) until 17 November "
        "2022'): why the old text stays in force. What it leaves out is not withdrawn.",
    )
    through: tuple[str, ...] = Field(
        default=(),
        description="The technical rollovers between the two texts: the new text is "
        "compared with the old full text they kept in force, not with the rollover "
        "before it (against which it would 'invoke' Chapter VII, 'add' every provision).",
    )


class Mandate(Frozen):
    """A series: its ``id``, a ``label`` for reports (the body its renewals name, the
    title's subject, or its first text), its agenda item when known, and its texts in
    order, each by its :attr:`SeriesText.index` (:meth:`Series.text`; with a selection
    not a position in :attr:`Series.texts`, which lists the kept series' texts only)."""

    id: str
    label: str
    agenda: str | None = None
    texts: tuple[int, ...]


class Series(Frozen):
    """The result of :func:`series`: every text, the series found among them, and one
    :class:`SeriesPair` per renewal, series by series in date order.

    ``s.rows()`` gives the table (one dict a pair), ``s.to_dataframe()`` the same as a
    pandas DataFrame; ``str(s)`` is a short text report and a notebook shows the
    dashboard; ``s.model_dump_json()`` is the ``resdiff.series/7`` contract and
    reads back with ``Series.model_validate_json``.
    """

    schema_: Literal["resdiff.series/7"] = Field(default="resdiff.series/7", alias="schema")
    texts: tuple[SeriesText, ...]
    mandates: tuple[Mandate, ...]
    pairs: tuple[SeriesPair, ...]
    options: SeriesOptions = SeriesOptions()
    unread: tuple[str, ...] = Field(
        default=(), description="Files that could not be read, each with the reason."
    )
    duplicates: tuple[str, ...] = Field(
        default=(),
        description="Texts left out because an earlier one has the same symbol (two files "
        "of one resolution), each naming the one kept.",
    )
    selected: tuple[str, ...] = Field(
        default=(),
        description="The names the series were selected by (--series), each once (names "
        "that differ only in case or spacing are one), none when every series is kept; "
        "with a selection, texts, mandates and pairs hold the kept series only: every "
        "text's mandate is a kept series' id, and a text keeps its index in the run.",
    )
    read: int | None = Field(
        default=None,
        ge=0,
        description="With a selection: how many texts were read and grouped (the texts "
        "listed are the kept series' only); none without one, where every text read is "
        "listed.",
    )
    found: int | None = Field(
        default=None,
        ge=0,
        description="How many series were found before the selection (none without one).",
    )

    model_config = ConfigDict(
        frozen=True, extra="forbid", populate_by_name=True, serialize_by_alias=True
    )

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        # Version 2 adds each renewal's texts skipped (none in version 1 files); version
        # 3 each renewal's technical rollover and the rollovers it compares through
        # (none in older files: their pairs were read as full renewals); version 4 each
        # renewal's headings and lead-ins (none in older files); version 5 the names
        # the series were selected by and how many were found (none: every series kept);
        # version 6 lists with a selection the kept series' texts only and how many were
        # read: a version 5 file listed the others' too, with ids no mandate held.
        # Version 7 names a renewal's skipped texts by the history's rule and form
        # ("2567 (2021)"; a version 6 file's metadata symbols are read in that form)
        # and each text's founding words (none in older files).
        older = (
            "resdiff.series/1",
            "resdiff.series/2",
            "resdiff.series/3",
            "resdiff.series/4",
            "resdiff.series/5",
            "resdiff.series/6",
        )
        if (
            isinstance(data, dict)
            and data.get("schema") in older
            and isinstance(data.get("pairs"), list)
        ):
            data = {
                **data,
                "pairs": [
                    {**p, "skipped": merged(cited_form(s) for s in p["skipped"])}
                    if isinstance(p, dict)
                    and isinstance(p.get("skipped"), list)
                    and all(isinstance(s, str) for s in p["skipped"])
                    else p
                    for p in data["pairs"]
                ],
            }
        if (
            isinstance(data, dict)
            and data.get("schema") == "resdiff.series/5"
            and data.get("selected")
            and isinstance(data.get("texts"), list)
            and isinstance(data.get("mandates"), list)
        ):
            kept = {m.get("id") for m in data["mandates"] if isinstance(m, dict)}
            texts = data["texts"]
            data = {
                **data,
                "texts": [t for t in texts if isinstance(t, dict) and t.get("mandate") in kept],
                "read": len(texts),
            }
        return renamed_to(data, older, SERIES_SCHEMA)

    @model_validator(mode="after")
    def _kept_texts_only(self) -> Series:
        # With a selection every text listed is a kept series': an id no mandate holds
        # sent a reader following text.mandate to Series.mandate, which had none.
        if self.selected:
            ids = {m.id for m in self.mandates}
            stray = [t.index for t in self.texts if t.mandate not in ids]
            if stray:
                raise ValueError(
                    f"texts {stray[:5]} belong to no kept series, with a selection "
                    f"({', '.join(self.selected)})"
                )
            # And every text a kept series or renewal names is listed: a file without
            # one read, then failed in the reports (Series.text's KeyError).
            listed = {t.index for t in self.texts}
            named = {k for m in self.mandates for k in m.texts}
            named |= {k for p in self.pairs for k in (p.old, p.new)}
            missing = sorted(named - listed)
            if missing:
                raise ValueError(
                    f"texts {missing[:5]} of the kept series are not listed, with a "
                    f"selection ({', '.join(self.selected)})"
                )
        return self

    def text(self, index: int) -> SeriesText:
        """The text with this index (its place among the texts read, as pairs and
        mandates name it); ``KeyError`` if it is not listed (with a selection, a text of
        a series left out)."""
        texts = self.texts
        if 0 <= index < len(texts) and texts[index].index == index:
            return texts[index]
        for t in texts:
            if t.index == index:
                return t
        raise KeyError(index)

    @property
    def unpaired(self) -> tuple[SeriesText, ...]:
        """The texts alone in their series (no renewal before or after them here); none
        when some series only were selected (:attr:`selected`)."""
        if self.selected:
            return ()
        return tuple(t for t in self.texts if t.mandate is None and t.duplicate_of is None)

    def mandate(self, key: str) -> Mandate:
        """The series with this id or label; ``KeyError`` if none (with a selection, the
        error says only the kept series are here)."""
        for m in self.mandates:
            if key in (m.id, m.label):
                return m
        if self.selected:
            raise KeyError(
                f"{key}: not among the series kept ({', '.join(self.selected)}); "
                f"kept: {', '.join(m.id for m in self.mandates)}"
            )
        raise KeyError(key)

    def pairs_of(self, mandate: str) -> tuple[SeriesPair, ...]:
        """The renewals of one series (by id), in order."""
        return tuple(p for p in self.pairs if p.mandate == mandate)

    def pair(self, old: str, new: str) -> SeriesPair:
        """The pair of these two symbols; ``KeyError`` if they are not paired, naming the
        pairs there are of either symbol (or the first few)."""
        for p in self.pairs:
            if symbol_key(p.old_symbol or "") == symbol_key(old) and symbol_key(
                p.new_symbol or ""
            ) == symbol_key(new):
                return p
        near = [
            p
            for p in self.pairs
            if old in (p.old_symbol, p.new_symbol) or new in (p.old_symbol, p.new_symbol)
        ]
        shown = [f"{p.old_symbol} → {p.new_symbol}" for p in (near or list(self.pairs))[:5]]
        hint = "; the pairs of these texts: " if near else "; pairs here include: "
        raise KeyError(
            f"{old} → {new} is not a renewal pair" + (hint + ", ".join(shown) if shown else "")
        )

    def rows(self, *, key_changes: int = 3) -> list[dict[str, Any]]:
        """The table: one dict a pair with the series, both symbols and dates, the
        direction, the count of each kind of change, the flags, the measures changed and
        the first ``key_changes`` key changes (each with every shift that carries it, as
        :func:`~resdiff.explain.describe_key_change` words them; joined by " | "); then, in the
        columns version 2 added (:data:`SERIES_TABLE_SCHEMA`), the use-of-force flag, the
        headings and the lead-ins the renewal changed (each worded as the reports word
        it, joined by "; ", empty when none) and the table's version."""
        from ..explain import describe_key_change

        labels = {m.id: m.label for m in self.mandates}
        rows: list[dict[str, Any]] = []
        for p in self.pairs:
            measures = [
                f"{m.label}: {m.old_mode or '—'} → {m.new_mode or '—'}"
                for m in (*p.measures_added, *p.measures_dropped, *p.measures_changed)
            ]
            rows.append(
                {
                    "mandate": labels[p.mandate],
                    "old_symbol": p.old_symbol or self.text(p.old).name,
                    "old_date": p.old_date.isoformat() if p.old_date else None,
                    "new_symbol": p.new_symbol or self.text(p.new).name,
                    "new_date": p.new_date.isoformat() if p.new_date else None,
                    "direction": p.direction,
                    **{kind: p.counts.get(kind, 0) for kind in _KINDS},
                    "chapter_vii": p.chapter_vii,
                    "art39": p.art39,
                    "measures": "; ".join(measures),
                    "key_changes": " | ".join(
                        f"{k.label}: {describe_key_change(k)}" for k in p.key_changes[:key_changes]
                    ),
                    "evidence": p.evidence,
                    "similarity": round(p.similarity, 3),
                    "skipped": "; ".join(p.skipped),
                    "rollover": p.rollover,
                    "through": "; ".join(p.through),
                    "use_of_force": p.use_of_force,
                    "headings": "; ".join(h.describe() for h in p.headings if not h.lead_in),
                    "lead_ins": "; ".join(h.describe() for h in p.headings if h.lead_in),
                    "table_schema": SERIES_TABLE_SCHEMA,
                }
            )
        return rows

    def __str__(self) -> str:
        text: str = hook("series_text")(self)
        return printable(text)

    #: IPython's plain view: one line (:mod:`resdiff.plain`); ``repr()`` is the whole model.
    _repr_pretty_ = one_line

    def _repr_html_(self) -> str:
        html: str = hook("series_html")(self)
        return html

    def to_dataframe(self, *, key_changes: int = 3) -> pandas.DataFrame:
        """:meth:`rows` as a pandas DataFrame (``pip install 'resdiff[notebook]'``)."""
        try:
            import pandas
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "Series.to_dataframe() needs pandas: pip install 'resdiff[notebook]'"
            ) from exc
        return pandas.DataFrame(self.rows(key_changes=key_changes), columns=list(COLUMNS))


_KINDS: tuple[ChangeKind, ...] = (
    "strengthened",
    "softened",
    "mixed",
    "added",
    "dropped",
    "reworded",
    "unchanged",
)
#: The columns of the table's version 1 (no ``table_schema`` column), in order: the
#: first columns of every later version.
COLUMNS_V1: tuple[str, ...] = (
    "mandate",
    "old_symbol",
    "old_date",
    "new_symbol",
    "new_date",
    "direction",
    *_KINDS,
    "chapter_vii",
    "art39",
    "measures",
    "key_changes",
    "evidence",
    "similarity",
    "skipped",
    "rollover",
    "through",
)
#: The table's columns (version :data:`SERIES_TABLE_SCHEMA`), in order: version 1's, then
#: those version 2 added at the end.
COLUMNS: tuple[str, ...] = (*COLUMNS_V1, "use_of_force", "headings", "lead_ins", "table_schema")
