"""Analysis: what each clause says and how strongly, read with the lexicon.

For every clause: its phrases (a paragraph may carry several: "Commends ... and requests
..."), each with modifier, lemma, tiers on both axes, hedges, modal and addressee; and the
sanctions measures it imposes, with their mode. For the draft: the Chapter VII
invocation, the Article 39 determination and any authorization of force.

Analysis needs only the draft and the lexicon; it knows nothing of comparison. The
lexicon reads English: a draft in another language is left unanalysed and says so
(``Draft.lexicon == "unavailable"``, one ``analysis-unavailable`` warning), and the
typography of a text (curly quotes, non-breaking hyphens) is folded for reading only.

The stage's modules: :mod:`.reading` reads one clause (its leads, phrases, measures and
life-cycle words: :func:`analyze_clause`), :mod:`.disputed` the flags a bracketed draft
holds only in a later alternative or in dispute; this module analyses whole drafts
(:func:`analyze`, :func:`analyze_pair`) and keeps every name importable from
``resdiff.analyze``, as before the split.
"""

from __future__ import annotations

from ..brackets import fold_brackets, spanned_parts
from ..lexicon import Lexicon
from ..model import LEXICON_UNAVAILABLE, ChapterVII, Clause, Draft, ParseWarning
from ..read.language import detect_language, foreign_untold, is_analysable, language_name
from .citing import name_cited_measures
from .disputed import (  # noqa: F401 - re-exported as before the split
    _disputed_flags,
    _flag_warning,
    _flags_in_later_alternatives,
)
from .leadins import lead_verb, lift_lead_in, with_lead_verb
from .reading import (  # noqa: F401 - re-exported as before the split
    _ACTS_ON_MEASURES,
    _ADDRESSEE,
    _ADDRESSEE_REACH,
    _ADDRESSEE_START,
    _ADDRESSES_STATES,
    _ADJECTIVE_GOVERNS,
    _COUNCIL_SUBJECT,
    _DECISION_LIST_WORDS,
    _DEGREE_WINDOW,
    _NOT_APPLY,
    _OWN_MEASURE,
    _QUOTED_OPENING,
    _QUOTES,
    _SAVED,
    _SAVED_REACH,
    _SECRETARY_GENERAL_SETS_UP,
    _TYPOGRAPHY,
    _TYPOGRAPHY_PAIRS,
    AnalysisMemo,
    _acted,
    _action,
    _addressee,
    _carved_out,
    _clauses,
    _first,
    _Found,
    _leads,
    _read_clause,
    _read_own,
    _recital_phrase,
    _shifted,
    _unit_at,
    _with_censure,
    analyze_clause,
    fold_typography,
    lexicon_view,
    opens_decision_list,
)

__all__ = [
    "ANALYSIS_UNAVAILABLE",
    "DEFAULT_LEXICON",
    "NOT_A_RESOLUTION",
    "NOT_A_RESOLUTION_WARNING",
    "AnalysisMemo",
    "analyze",
    "analyze_clause",
    "analyze_pair",
    "fold_typography",
    "lexicon_view",
    "opens_decision_list",
    "reads_as_resolution",
]

#: The value of ``Draft.lexicon`` for drafts analysed with the shipped lexicon.
DEFAULT_LEXICON = "default"
#: The warning given once to a draft in a language the lexicon cannot read.
ANALYSIS_UNAVAILABLE = "analysis-unavailable"
#: The code of the warning on a text in which nothing reads as a resolution.
NOT_A_RESOLUTION = "not-a-resolution"


#: The warning on a text in which nothing reads as a resolution.
NOT_A_RESOLUTION_WARNING = ParseWarning(
    code=NOT_A_RESOLUTION,
    message='no enacting formula ("The Security Council,") and no paragraph opens with a '
    "lead phrase or an operative verb the lexicon knows: this does not read as a resolution",
)


def reads_as_resolution(draft: Draft, lexicon: Lexicon | None = None) -> bool:
    """Whether anything in ``draft`` reads as a resolution: an enacting formula, or a
    paragraph that opens with a lead phrase the lexicon knows. Reads paragraphs only
    until one does (a real draft: its first), so a caller with a draft not yet analysed
    need not analyse it all to ask (the analysis warns with
    :data:`NOT_A_RESOLUTION_WARNING` where this is false)."""
    if draft.enacting_formula is not None or not draft.paragraphs:
        return True
    if not _analysable(draft, draft.language or detect_language(_words_of(draft))):
        return True
    lex = lexicon or Lexicon.default()
    statement = draft.kind == "statement"
    return any(
        analyze_clause(c, lex, statement=statement and c.section == "operative").lead_phrase
        is not None
        for c in draft.paragraphs
    )


def analyze(
    draft: Draft, lexicon: Lexicon | None = None, *, memo: AnalysisMemo | None = None
) -> Draft:
    """A copy of ``draft`` with every clause analysed and the draft-level flags set:
    ``chapter_vii`` (and the formula used), ``art39``, ``use_of_force``.

    Operative paragraphs that open with no verb the lexicon knows get a warning
    (``operative-unknown-verb``), so a missing lexicon entry is visible, not silent; the
    paragraphs of a presidential statement, which speak as "The Security Council ...",
    do not. ``memo`` (an :class:`AnalysisMemo`) shares what was read between the drafts
    of one comparison, so a paragraph both drafts have is read once.

    A draft in a language the lexicon cannot read (``Draft.language``, told from its words
    when the reader did not) is not analysed: its phrases stay empty, its flags false,
    ``lexicon`` is ``"unavailable"`` and one warning (``analysis-unavailable``) names the
    language, so that nothing reads its silence as "no Chapter VII".
    """
    # A draft alone shares its reading among its own copies of a paragraph (boilerplate
    # repeated, a text pasted twice): each is read once, as in a comparison.
    return _analyze(draft, lexicon, memo if memo is not None else AnalysisMemo(), frozenset())


def analyze_pair(
    old: Draft, new: Draft, lexicon: Lexicon | None, memo: AnalysisMemo
) -> tuple[Draft, Draft]:
    """The two drafts of one comparison analysed for :func:`resdiff.compare`: each as
    :func:`analyze` analyses it (a draft already analysed with the shipped lexicon, when
    no other is given, is kept), except the paragraphs the comparison never reads.

    A paragraph both drafts keep word for word (:func:`_kept_word_for_word`) pairs with
    its copy as identical and is reported unchanged without a look at its clauses; what
    the comparison reads of it is its measures (the summary's measures imposed and
    lifted). Such a paragraph in which no measure's pattern matches, in any of its
    clauses, is left unread: its measures are none either way. Most of a revision is
    kept word for word, so most of the analysis goes (measured on the speed benchmark's
    drafts, a tenth of their paragraphs edited: the analysis of 500 paragraphs 0.16 ->
    0.06 s, of 5,000 paragraphs 1.33 -> 0.53 s). The drafts are the
    comparison's own and are dropped with it: nothing else sees their unread paragraphs
    (nor the unknown-verb warnings those are not checked for)."""
    need_old = not (lexicon is None and old.lexicon == DEFAULT_LEXICON)
    need_new = not (lexicon is None and new.lexicon == DEFAULT_LEXICON)
    unread_old: frozenset[int] = frozenset()
    unread_new: frozenset[int] = frozenset()
    # A statement's paragraphs are read after their subject ("The Security Council"): kept
    # out, so that an unread paragraph is always read alike in both drafts.
    if need_old and need_new and "statement" not in (old.kind, new.kind):
        unread_old, unread_new = _kept_word_for_word(old, new)
    return (
        _analyze(old, lexicon, memo, unread_old) if need_old else old,
        _analyze(new, lexicon, memo, unread_new) if need_new else new,
    )


_Shape = tuple[str, bool, str, tuple["_Shape", ...]]


def _shape(clause: Clause) -> _Shape:
    """What :func:`resdiff.classify` compares of a paragraph kept unchanged, and what its
    analysis reads: section, whether it is numbered, text, and the same of its
    sub-paragraphs (at most ``MAX_CLAUSE_DEPTH`` deep)."""
    return (
        clause.section,
        clause.label is None,
        clause.text,
        tuple(_shape(c) for c in clause.children),
    )


def _kept_word_for_word(old: Draft, new: Draft) -> tuple[frozenset[int], frozenset[int]]:
    """The paragraphs (``id`` of each, in each draft) the alignment pairs as identical
    and the classifier reports unchanged, whatever else the drafts hold: those whose text
    (:meth:`Clause.full_text`, what the alignment's first round compares) stands as often
    in one draft as in the other, with one shape (:func:`_shape`) for every copy. The
    first round pairs every copy of such a text with a copy (along the longest common
    order, the rest in turn), later rounds never break an identical pair, and a pair of
    one shape is unchanged (``classify.kinds.same_subtree``)."""
    groups: dict[str, tuple[list[int], list[int], set[_Shape]]] = {}
    for side, draft in enumerate((old, new)):
        for clause in draft.paragraphs:
            olds, news, shapes = groups.setdefault(clause.full_text(), ([], [], set()))
            (news if side else olds).append(id(clause))
            shapes.add(_shape(clause))
    kept = [
        (olds, news)
        for olds, news, shapes in groups.values()
        if len(olds) == len(news) and len(shapes) == 1
    ]
    return (
        frozenset(k for olds, _ in kept for k in olds),
        frozenset(k for _, news in kept for k in news),
    )


def _may_hold_measure(clause: Clause, lexicon: Lexicon) -> bool:
    """Whether the analysis could find a measure in ``clause`` or its sub-paragraphs (the
    same text it reads, typography folded)."""
    return any(
        lexicon.may_hold_measure(fold_brackets(lexicon_view(part.text))) for part in clause.walk()
    )


def _analyze(
    draft: Draft, lexicon: Lexicon | None, memo: AnalysisMemo | None, unread: frozenset[int]
) -> Draft:
    """:func:`analyze`, leaving bare the paragraphs in ``unread`` (by ``id``) that hold no
    measure (see :func:`analyze_pair`)."""
    language = draft.language or detect_language(_words_of(draft))
    if not _analysable(draft, language):
        return _unavailable(draft, language)
    lex = lexicon or Lexicon.default()
    statement = draft.kind == "statement"
    unread_out: set[int] = set()
    draft = lift_lead_in(draft, lex)
    lead_ins = draft.lead_ins()
    verbs = {id(h): lead_verb(h, lex) for h in {id(h): h for h in lead_ins.values()}.values()}

    known = memo.may_hold_measure if memo is not None else {}

    def read(clause: Clause, *, statement: bool = False) -> Clause:
        lead_in = lead_ins.get(clause.ref) if clause.section == "operative" else None
        if lead_in is not None:
            # A paragraph under a lead-in ("Resolves: 1. To set up ..."): read with the
            # lead-in before it, as an item of a list of decisions.
            return with_lead_verb(
                _named_kinds_first(
                    analyze_clause(
                        clause,
                        lex,
                        governing=lead_in.text,
                        memo=memo,
                        statement=statement,
                        item=True,
                    ),
                    stand_ins,
                ),
                verbs[id(lead_in)],
                lex,
            )
        if id(clause) in unread:
            # Unread paragraphs have one shape in both drafts: the answer holds for both.
            key = clause.full_text()
            holds = known.get(key)
            if holds is None:
                holds = known[key] = _may_hold_measure(clause, lex)
            if not holds:
                out = _bare(clause)
                unread_out.add(id(out))
                return out
        return _named_kinds_first(
            analyze_clause(clause, lex, memo=memo, statement=statement), stand_ins
        )

    stand_ins = lex.stand_in_measures()
    preamble = tuple(read(c) for c in draft.preamble)
    operative = tuple(read(c, statement=statement) for c in draft.operative)
    # A measure applied by reference learns its kind from the paragraph it cites.
    operative = name_cited_measures(operative, lex, preamble)
    everything = preamble + operative

    order = {c.ref: k for k, c in enumerate(draft.printed)}
    across = spanned_parts(sorted(everything, key=lambda c: order.get(c.ref, 0)))
    chapter = _first(everything, lex.chapter_vii_in, across)
    art39 = _first(everything, lex.art39_in, across)
    force = _first(operative, lex.use_of_force_in, across)

    warnings = list(draft.warnings)
    flagged = {(w.line, w.code) for w in warnings}
    for clause in () if statement else operative:
        if clause.lead_phrase is not None or id(clause) in unread_out:
            continue
        line = clause.span.first_line if clause.span else None
        if (line, "operative-no-verb") in flagged or (line, "operative-unknown-verb") in flagged:
            continue
        if not clause.text.strip():
            # "12. (a) Expresses concern ..., (b) calls upon ...": a paragraph whose words
            # all stand in its sub-paragraphs opens with its first item's lead.
            first = clause.children[0] if clause.children else None
            if first is not None and first.lead_phrase is not None:
                continue
            message = (
                f"{clause.ref} has no words before its sub-paragraphs, and its first "
                "sub-paragraph opens with no operative verb of the lexicon"
            )
        else:
            first_word = clause.text.split(" ", 1)[0]
            message = (
                f"{clause.ref} opens with {first_word!r}, which is not an operative verb "
                "of the lexicon"
            )
        warnings.append(ParseWarning(code="operative-unknown-verb", message=message, line=line))
    flags = (
        ("the Chapter VII formula", "chapter-vii", chapter, lex.chapter_vii_in, everything),
        (
            "the determination of a threat to the peace (Article 39)",
            "art39",
            art39,
            lex.art39_in,
            everything,
        ),
        ("the authorization of force", "use-of-force", force, lex.use_of_force_in, operative),
    )
    disputed = _disputed_flags((what, feature, hit) for what, feature, hit, _, _ in flags)
    disputed += _flags_in_later_alternatives(
        (what, feature, find, where) for what, feature, hit, find, where in flags if hit is None
    )
    # Said once when a draft is analysed again (with another lexicon).
    said = {(w.line, w.code, w.message) for w in warnings}
    warnings += [w for w in disputed if (w.line, w.code, w.message) not in said]
    if (
        draft.enacting_formula is None
        and everything
        and not unread_out
        and not any(c.lead_phrase is not None for c in everything)
    ):
        # A shopping list, a configuration file, a report saved as text: nothing in it
        # reads as a resolution, and every verdict on it would be noise. Said once, for
        # the whole text, beside the paragraph warnings.
        warnings.append(NOT_A_RESOLUTION_WARNING)
    return draft.model_copy(
        update={
            "preamble": preamble,
            "operative": operative,
            "language": language,
            "chapter_vii": chapter is not None,
            "chapter_vii_formula": (
                ChapterVII(formula=chapter[1], ref=chapter[0].ref) if chapter else None
            ),
            "art39": art39 is not None,
            "art39_ref": art39[0].ref if art39 else None,
            "use_of_force": force is not None,
            "warnings": tuple(warnings),
            "lexicon": DEFAULT_LEXICON if lex is Lexicon.default() else "custom",
        }
    )


def _named_kinds_first(clause: Clause, stand_ins: frozenset[str]) -> Clause:
    """``clause`` without the stand-in measures (the measures applied by reference, kind
    unsaid) of each part whose own sub-paragraphs name the kind of a measure: "Decides
    that the measures in paragraphs 1, 3 and 7 of resolution 1844 (2008) shall also apply
    to individuals ... (b) supplying ... arms and related materiel to Al-Shabaab" holds the
    arms embargo once, not the embargo and the measures besides. A measure named in a
    sibling part ("(a) to renew the travel ban ...; (b) that the group ... shall be subject
    to the measures imposed by paragraph 7 ...") names another measure, and the stand-in
    stays (the depth of a paragraph's lists, a few levels, bounds the recursion)."""
    if not any(m.kind in stand_ins for p in clause.walk() for m in p.measures):
        return clause
    if any(m.kind not in stand_ins for c in clause.children for p in c.walk() for m in p.measures):
        clause = clause.model_copy(
            update={"measures": tuple(m for m in clause.measures if m.kind not in stand_ins)}
        )
    children = tuple(_named_kinds_first(c, stand_ins) for c in clause.children)
    if all(a is b for a, b in zip(children, clause.children, strict=True)):
        return clause
    return clause.model_copy(update={"children": children})


def _bare(clause: Clause) -> Clause:
    """A clause and its sub-paragraphs with nothing read in them (itself when nothing was:
    a draft just read)."""
    if not clause.children and not clause.phrases and not clause.measures:
        # (A leaf, told without a walk: a text of a thousand one-line paragraphs.)
        return clause
    if all(not c.phrases and not c.measures for c in clause.walk()):
        return clause
    return clause.model_copy(
        update={"phrases": (), "measures": (), "children": tuple(_bare(c) for c in clause.children)}
    )


def _words_of(draft: Draft) -> str:
    """The words of every paragraph of ``draft``, which its language is told from."""
    return " ".join(c.full_text() for c in draft.paragraphs)


def _analysable(draft: Draft, language: str | None) -> bool:
    """Whether the lexicon can read ``draft``, in ``language`` (told by its reader, else
    from its words): English, or a language that could not be told whose words are not
    another language's only (:func:`~resdiff.read.language.foreign_untold`: "1. Décide
    de rester saisi de la question." was read as English, its lead an unknown verb)."""
    if language is not None:
        return is_analysable(language)
    return not foreign_untold(_words_of(draft))


def _unavailable(draft: Draft, language: str | None) -> Draft:
    """``draft`` marked as not analysed: the lexicon reads English, the text is not."""
    warnings = draft.warnings
    if not any(w.code == ANALYSIS_UNAVAILABLE for w in warnings):
        said = (
            # Told not English, without telling which language (language.foreign_untold).
            "the text is too short to tell its language, and it is not English (it holds "
            "function words of another language and none of English)"
            if language is None
            else f"the text is in {language_name(language)} ({language})"
        )
        warnings += (
            ParseWarning(
                code=ANALYSIS_UNAVAILABLE,
                message=f"{said}: the lexicon reads English, so its clauses are not "
                "analysed and Chapter VII, Article 39 and the use of force are unknown, "
                "not absent",
            ),
        )
    return draft.model_copy(
        update={
            "preamble": tuple(_bare(c) for c in draft.preamble),
            "operative": tuple(_bare(c) for c in draft.operative),
            "language": language,
            "chapter_vii": False,
            "chapter_vii_formula": None,
            "art39": False,
            "art39_ref": None,
            "use_of_force": False,
            "warnings": warnings,
            "lexicon": LEXICON_UNAVAILABLE,
        }
    )
