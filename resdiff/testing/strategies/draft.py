"""Whole drafts in UN form: :func:`drafts`, the strategy of analysed drafts with a
masthead, a preamble and an operative part, and Chapter VII, an Article 39 determination,
sanctions measures and sub-paragraphs when asked or at random.
"""

from __future__ import annotations

import datetime as _dt

from hypothesis import strategies as st

from ...analyze import analyze
from ...explain import and_list
from ...lexicon import Lexicon
from ...model import Draft
from .paragraphs import (
    _clause,
    _context,
    _date_text,
    _lexicon,
    _measure_paragraph,
    _op_paragraph,
    _pp_paragraph,
    _Spec,
    _sub_paragraph_spec,
)
from .vocabulary import (
    _ART39,
    _MEASURES,
    _MODES,
    _PP_FIXED,
    _REPORT,
    _SPONSORS,
    _TOPICS,
    CHAPTER_VII_FORMULA,
    REMAIN_SEIZED,
    _Topic,
)


def drafts(
    *,
    min_preamble: int = 2,
    max_preamble: int = 8,
    min_operative: int = 2,
    max_operative: int = 10,
    chapter_vii: bool | None = None,
    measures: bool | None = None,
    sub_paragraphs: bool | None = None,
    lexicon: Lexicon | None = None,
) -> st.SearchStrategy[Draft]:
    """Analysed drafts in UN form.

    The preamble has ``min_preamble`` to ``max_preamble`` paragraphs and the operative
    part ``min_operative`` to ``max_operative`` (both counts include the fixed paragraphs:
    the Chapter VII and Article 39 recitals, the report request and the closing "Decides
    to remain seized of the matter.", which is always the last operative paragraph).

    ``chapter_vii``: ``True`` always invokes Chapter VII ("Acting under Chapter VII of the
    Charter of the United Nations," as the last preambular paragraph), ``False`` never,
    ``None`` sometimes. ``measures`` and ``sub_paragraphs`` likewise for sanctions measures
    (in any mode) and for a paragraph with sub-paragraphs (a), (b). An Article 39
    determination comes sometimes, more often with Chapter VII.
    """
    if not 1 <= min_preamble <= max_preamble:
        raise ValueError("need 1 <= min_preamble <= max_preamble")
    if not 1 <= min_operative <= max_operative:
        raise ValueError("need 1 <= min_operative <= max_operative")
    lex = _lexicon(lexicon)

    @st.composite
    def build(draw: st.DrawFn) -> Draft:
        ctx, year, month, day = draw(_context())
        n_pp = draw(st.integers(min_value=min_preamble, max_value=max_preamble))
        n_op = draw(st.integers(min_value=min_operative, max_value=max_operative))
        ch7 = draw(st.booleans()) if chapter_vii is None else chapter_vii
        ch7 = ch7 and n_pp >= 1
        art39 = n_pp >= (3 if ch7 else 2) and draw(
            st.sampled_from((True, True, False) if ch7 else (False, False, True))
        )
        topics = list(draw(st.permutations(_TOPICS)))

        def topic() -> _Topic:
            # One topic per paragraph while they last, then round again.
            t = topics.pop(0)
            topics.append(t)
            return t

        # --- preamble: a fixed opener sometimes, free recitals, Art. 39, Chapter VII.
        tail = [ctx.fill(_ART39)] if art39 else []
        if ch7:
            tail.append(CHAPTER_VII_FORMULA)
        n_free = max(0, n_pp - len(tail))
        pp_specs: list[_Spec] = []
        if n_free and draw(st.booleans()):
            pp_specs.append(_Spec(ctx.fill(draw(st.sampled_from(_PP_FIXED)))))
        while len(pp_specs) < n_free:
            pp_specs.append(draw(_pp_paragraph(topic(), ctx, lex)))
        pp_specs += [_Spec(t) for t in tail]

        # --- operative: free paragraphs, measures, one with sub-paragraphs, report, close.
        op_specs: list[_Spec] = []
        body = n_op - 1  # the closing paragraph
        with_measures = draw(st.booleans()) if measures is None else measures
        with_subs = draw(st.booleans()) if sub_paragraphs is None else sub_paragraphs
        room = body - int(with_subs and body >= 2)  # a place kept for sub-paragraphs
        if with_measures and room >= 1:
            kinds = draw(
                st.lists(
                    st.sampled_from(sorted(_MEASURES)),
                    min_size=1,
                    max_size=min(3, room),
                    unique=True,
                )
            )
            for kind in kinds:
                mode = draw(st.sampled_from(_MODES))
                op_specs.append(_Spec(_measure_paragraph(kind, mode, ctx)))
        reports = False
        if with_subs and len(op_specs) < body:
            arms = not any("arms and related" in s.text for s in op_specs)
            spec = draw(_sub_paragraph_spec([topic(), topic(), topic()], ctx, arms=arms))
            reports = spec.text.startswith("Requests")
            op_specs.insert(draw(st.integers(0, len(op_specs))), spec)
        wants_report = not reports and body - len(op_specs) >= 2 and draw(st.booleans())
        while len(op_specs) < body - int(wants_report):
            where = draw(st.integers(0, len(op_specs)))
            op_specs.insert(where, draw(_op_paragraph(topic(), ctx, lex)))
        if wants_report:
            op_specs.append(_Spec(ctx.fill(_REPORT)))
        op_specs.append(_Spec(REMAIN_SEIZED))

        n_sponsors = draw(st.integers(min_value=1, max_value=4))
        sponsors = tuple(
            draw(
                st.lists(
                    st.sampled_from(_SPONSORS),
                    min_size=n_sponsors,
                    max_size=n_sponsors,
                    unique=True,
                )
            )
        )
        symbol = f"S/{year}/{draw(st.integers(min_value=100, max_value=999))}"
        date = _date_text(day, month, year)
        draft = Draft(
            symbol=symbol,
            draft_symbol=symbol,
            organ="Security Council",
            kind="draft",
            sponsors=sponsors,
            date=_dt.date(year, month, day),
            masthead=(
                f"United Nations {symbol}",
                "Security Council Distr.: General",
                date,
                "Original: English",
                f"{and_list(sponsors)}: draft resolution",
            ),
            enacting_formula="The Security Council,",
            preamble=tuple(
                _clause(f"PP{k}", "preamble", None, spec) for k, spec in enumerate(pp_specs, 1)
            ),
            operative=tuple(
                _clause(f"OP{k}", "operative", f"{k}.", spec) for k, spec in enumerate(op_specs, 1)
            ),
        )
        return analyze(draft, lex)

    return build()
