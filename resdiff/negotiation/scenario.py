"""What-if drafts: edit a draft step by step, the way a negotiator would propose it, and
get a new analysed draft to compare or check.

::

    from resdiff import Scenario

    what_if = (
        Scenario(japan)
        .soften("OP1", to="strongly deplores")
        .strengthen("OP3", to="demands")
        .drop("OP6")
        .insert_after("OP2", "Calls upon all Member States to exercise vigilance ...;")
        .replace_text("OP7", "30 days", "45 days")
        .add_hedge("OP4", "in accordance with their national legal authorities and legislation")
        .drop_chapter_vii(replacement=SPECIAL_RESPONSIBILITY + ",")
        .build()
    )
    resdiff.compare(japan, what_if)

Refs always name paragraphs of the draft the scenario started from ("OP6" stays the
original OP6 after OP4 is dropped); :meth:`Scenario.build` renumbers (PP1.., OP1..,
sub-paragraphs (a), (b) ...) and analyses the result. Every step checks its arguments at
once and raises :class:`~resdiff.errors.SpecError` with a clear message: an unknown or
already dropped ref, a verb the lexicon does not know, a "soften" that is not weaker (or a
"strengthen" that is not stronger), a text that is not there, an unknown hedge.

Scenarios are immutable: each step returns a new one, so one base can branch into
several what-ifs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..errors import SpecError
from ..model import Clause, Draft, Heading, Section
from .placing import placed_headings
from .recast import (
    _FEELING_AFTER_LEAD,
    _cap,
    _chosen_lead,
    _complement,
    _first_words,
    _object_of,
    _on_axis,
    _participle,
    _short,
    _to_act,
)
from .tree import _Node, _node, rebuilt

if TYPE_CHECKING:
    import os

    from ..api import DraftSource
    from ..lexicon import Lexicon
    from ..model import Comparison, Phrase
    from .red_lines import CheckResult, RedLines

__all__ = ["CHAPTER_VII", "SPECIAL_RESPONSIBILITY", "Scenario"]

#: The Chapter VII formula :meth:`Scenario.add_chapter_vii` puts in.
CHAPTER_VII = "Acting under Chapter VII of the Charter of the United Nations,"
#: The wording that replaced Chapter VII in the 2006 compromise (resolution 1695).
SPECIAL_RESPONSIBILITY = (
    "Acting under its special responsibility for the maintenance of international peace "
    "and security,"
)

#: A label typed in front of an inserted text, ignored (the result is renumbered): "5.",
#: "(c)", "(iv)", "b.".
_NUMBER = re.compile(r"^\s*(?:\d{1,4}\.|\([a-z]{1,6}\)|\(\d{1,4}\)|[a-z]\.)\s+", re.IGNORECASE)
#: What may stand after the last word of a paragraph, before a hedge is added there.
_END_CHARS = " \t\n\r\f\v;,.:"


class Scenario:
    """A what-if draft built from ``draft`` by steps; :meth:`build` gives the new
    :class:`~resdiff.model.Draft`, renumbered and analysed.

    ``draft`` is a draft or anything :func:`resdiff.parse` reads; ``lexicon`` analyses
    and validates (default: the shipped lexicon).
    """

    def __init__(self, draft: DraftSource, *, lexicon: Lexicon | None = None) -> None:
        from ..api import parse
        from ..lexicon import Lexicon

        self._lexicon = lexicon or Lexicon.default()
        self._base = parse(draft, lexicon=lexicon)
        self._sections: dict[Section, list[_Node]] = {
            "preamble": [_node(c) for c in self._base.preamble],
            "operative": [_node(c) for c in self._base.operative],
        }
        self._dropped: dict[str, str] = {}
        # The lead-ins swapped so far ("Resolves:" → "Recommends:"), by the ref of the
        # base draft's paragraph each stands before.
        self._lead_ins: dict[str, str] = {}
        self._steps: tuple[str, ...] = ()

    # ----------------------------------------------------------------- plumbing

    @property
    def base(self) -> Draft:
        """The draft the scenario started from."""
        return self._base

    @property
    def steps(self) -> tuple[str, ...]:
        """The steps taken so far, in words (``'soften OP1 to "strongly deplores"'``)."""
        return self._steps

    def __repr__(self) -> str:
        steps = "; ".join(self._steps) or "no steps"
        return f"<Scenario on {self._base.name}: {steps}>"

    def _fork(self, step: str) -> Scenario:
        new = object.__new__(Scenario)
        new._lexicon = self._lexicon
        new._base = self._base
        new._sections = {k: [n.copy() for n in v] for k, v in self._sections.items()}
        new._dropped = dict(self._dropped)
        new._lead_ins = dict(self._lead_ins)
        new._steps = (*self._steps, step)
        return new

    def _nodes(self) -> list[_Node]:
        return [d for s in self._sections.values() for n in s for d in n.walk()]

    def _find(self, ref: str, step: str) -> tuple[_Node, list[_Node]]:
        """The node with original ref ``ref`` and the list that holds it."""
        wanted = ref.replace(" ", "").upper()
        if wanted in self._dropped:
            raise SpecError(
                f"{step}: {ref} was dropped by an earlier step ({self._dropped[wanted]})"
            )

        def search(nodes: list[_Node]) -> tuple[_Node, list[_Node]] | None:
            for node in nodes:
                if node.ref is not None and node.ref.upper() == wanted:
                    return node, nodes
                found = search(node.children)
                if found is not None:
                    return found
            return None

        for nodes in self._sections.values():
            hit = search(nodes)
            if hit is not None:
                return hit
        known = ", ".join(n.ref for s in self._sections.values() for n in s if n.ref is not None)
        raise SpecError(f"{step}: {self._base.name} has no paragraph {ref} (it has {known})")

    def _lead_in(self, node: _Node) -> Heading | None:
        """The lead-in ("Resolves:") that governs ``node``, a paragraph of the base draft
        read under one, with its words as swapped so far; None for any other node."""
        if node.ref is None or node.section != "operative" or "(" in node.ref:
            return None
        return self._lead_in_of(node.ref)

    def _lead_in_of(self, ref: str) -> Heading | None:
        """The lead-in over the base draft's operative paragraph ``ref``, with its words
        as swapped so far; None when none governs it."""
        heading = self._base.lead_in_of(ref)
        if heading is None or heading.before is None:
            return None
        text = self._lead_ins.get(heading.before)
        return heading if text is None else heading.model_copy(update={"text": text})

    def _lead_in_over_new(self, node: _Node, *, after: bool) -> Heading | None:
        """The lead-in that will govern a paragraph inserted after (or before) ``node``,
        a base operative paragraph: ``node``'s, unless before a paragraph a heading stood
        over in the base draft: then the lead-in of the base paragraph before ``node``,
        if any, dropped or not (:func:`.placing.placed_headings` moves a dropped
        paragraph's heading down to the new one)."""
        if node.ref is None or node.section != "operative":
            return None
        refs = [c.ref for c in self._base.operative]
        headed = {h.before for h in self._base.headings}
        at = refs.index(node.ref) if node.ref in refs else 0
        if after or node.ref not in headed:
            return self._lead_in(node)
        return self._lead_in_of(refs[at - 1]) if at > 0 else None

    def _phrases(self, node: _Node, *, lead_in: Heading | None = None) -> tuple[Phrase, ...]:
        """The clauses of ``node`` as the analysis reads them: under the lead-in that
        governs it (``lead_in`` for a paragraph not yet placed, which has no ref)."""
        from ..analyze import analyze_clause
        from ..analyze.leadins import lead_verb, with_lead_verb

        label = node.label if node.section == "operative" else None
        clause = Clause(ref="X", section=node.section, label=label, text=node.text)
        lead_in = lead_in or self._lead_in(node)
        if lead_in is None:
            return analyze_clause(clause, self._lexicon).phrases
        # An item under a lead-in is read as the analysis reads it: "To request ..." leads
        # with its own verb, "To set up ..." takes the lead-in's.
        read = analyze_clause(clause, self._lexicon, governing=lead_in.text, item=True)
        verb = lead_verb(lead_in, self._lexicon)
        return with_lead_verb(read, verb, self._lexicon).phrases

    def _takes_infinitive(self, phrase: str) -> bool:
        """Whether the operative lead ``phrase`` takes "to" and a verb with no object
        between ("decides", "expresses its intention"), as the lexicon says."""
        match = self._lexicon.match_operative(" ".join(phrase.split()))
        return match is not None and self._lexicon.takes_infinitive(match.lemma)

    def _opens_recital(self, phrase: str) -> bool:
        """Whether ``phrase`` is, whole, a preambular lead the lexicon knows."""
        words = " ".join(phrase.split())
        match = self._lexicon.match_preamble(words)
        return match is not None and match.end >= len(words)

    def _tiers_of(self, phrase: str, step: str) -> tuple[int | None, int | None]:
        words = " ".join(phrase.split())
        try:
            return self._lexicon.tier_of(words)
        except KeyError:
            pass
        match = self._lexicon.match_preamble(words)
        if match is not None and match.end >= len(words):
            return None, match.axis_b
        raise SpecError(f'{step}: unknown verb or phrase "{phrase}" (not in the lexicon)')

    # ------------------------------------------------------------------- steps

    def _swap_lead(
        self, ref: str, to: str, *, weaker: bool, clause: int | str | None = None
    ) -> Scenario:
        verb = "soften" if weaker else "strengthen"
        step = f'{verb} {ref} to "{to}"' + ("" if clause is None else f" (clause {clause!r})")
        new = self._fork(step)
        node, _ = new._find(ref, step)
        phrases = new._phrases(node)
        if not phrases or phrases[0].start != 0 or not phrases[0].led:
            raise SpecError(
                f"{step}: {ref} opens with no lead phrase the lexicon knows "
                f"(“{_short(node.text, 40)}”); use replace_text"
            )
        # The clauses a lead may be swapped in: each led clause whose lead stands where
        # the analysis puts it ("…, expresses deep regret regarding …"). An item under a
        # lead-in that takes the lead-in's verb ("Resolves: 1. To set up …") has none there.
        leads = [
            p
            for p in phrases
            if p.led and node.text[p.start : p.start + len(p.text)].lower() == p.text.lower()
        ]
        lead_in = new._lead_in(node)
        borrowed = lead_in is not None and (not leads or leads[0] is not phrases[0])
        if lead_in is not None and borrowed and (clause is None or not leads):
            raise SpecError(new._borrowed_verb(node, ref, phrases[0], lead_in, step, verb))
        if not leads:
            raise SpecError(
                f"{step}: {ref} opens with no lead phrase as written "
                f"(“{_short(node.text, 40)}”); use replace_text"
            )
        infinitive = lead_in is not None and node.text[:3].lower() == "to "
        finite = to
        if infinitive:
            # An item of a list of decisions states its verb in the infinitive ("To
            # request the Military Staff Committee …"): the new verb is written so.
            to, finite = new._infinitive(to, step)
        recital = node.section == "preamble" and node.label is None
        if recital and not new._opens_recital(to):
            # "Condemns" for a recital: its participle, when the lexicon knows it as a
            # preambular lead ("Condemning"); else refused, not written as an operative
            # verb in the preamble.
            known = next((p for p in _participle(to) if new._opens_recital(p)), None)
            if known is None:
                raise SpecError(
                    f"{step}: {ref} is a recital, which opens with a participle or a "
                    f"preambular phrase (“Condemning”, “Expressing grave concern”), and "
                    f"“{to}” is none the lexicon knows"
                )
            to = known
        # The tiers of the finite verb: the lexicon knows "strongly encourages", not
        # "strongly encourage".
        na, nb = new._tiers_of(finite if infinitive else to, step)
        new_a = 0 if recital else (na or 1)
        new_b = nb or 0

        def tiers_of(lead: Phrase) -> tuple[int, int]:
            return (0 if recital else (lead.axis_a or 1)), lead.axis_b or 0

        def fits(lead: Phrase) -> bool:
            old_a, old_b = tiers_of(lead)
            if (new_a, new_b) == (old_a, old_b):
                return False
            if weaker:
                return new_a <= old_a and new_b <= old_b
            return new_a >= old_a and new_b >= old_b

        def tiers(a: int, b: int) -> str:
            parts = [f"force {a}"] if not recital else []
            parts.append(f"censure {b}")
            return ", ".join(parts)

        word = "weaker" if weaker else "stronger"
        if clause is not None:
            lead = _chosen_lead(leads, clause, ref, step)
        else:
            # The first lead, as ever; where it does not rank on the axis the new lead
            # ranks on, the first clause whose lead does ("Recalls …, expresses deep
            # regret …" softened to "regrets": the regret is the clause meant, not the
            # recall). Never a later clause of the same axis: "Strongly encourages …,
            # calls upon …" softened to "encourages" is refused, not the "calls upon".
            lead = _on_axis(leads, na, nb)
        if not fits(lead):
            message = f"{step}: not {word} than “{lead.text}” ({tiers(*tiers_of(lead))} → "
            message += f"{tiers(new_a, new_b)})"
            if clause is None and len(leads) > 1:
                named = ", ".join(f"{k}: “{p.text}”" for k, p in enumerate(leads))
                message += f"; name another clause of {ref} with clause= (its leads: {named})"
            raise SpecError(message)
        if infinitive and lead.text[:3].lower() != "to ":
            # A later clause of an item with a finite verb of its own ("To request …,
            # and urges all Member States …"): the new verb is written finite too.
            to, infinitive = finite, False
        old_lead = lead.text
        after = node.text[lead.start + len(lead.text) :]
        feeling = _FEELING_AFTER_LEAD.match(after)
        if feeling is not None:
            # The lexicon read "Expressing" of "Expressing further concern that ...": the
            # words up to the noun of feeling are the old lead's, replaced with it
            # ("Strongly condemning further concern that ..." was written).
            old_lead += feeling.group()
            after = after[feeling.end() :]
        rest = _complement(
            after, to, step, old_lead, emphasis=lambda w: bool(self._lexicon.emphasis_in(w))
        )
        if not recital and not infinitive and _to_act(after) and not new._takes_infinitive(to):
            # "Decides to extend the mandate" softened to "recommends" read "Recommends to
            # extend …", and to "notes", "Notes to extend …": no sentences (the leads
            # that ask someone are refused in _complement, as naming no one to ask).
            raise SpecError(
                f"{step}: “{' '.join(to.split())}” takes no “to” and a verb, and the words "
                f"after “{old_lead}” (“{_short(' '.join(after.split()), 30)}”) are a "
                "decision to act: use replace_text, or a lead that takes one (“decides”, "
                "“expresses its intention”)"
            )
        rest = _object_of(old_lead, rest, to, step)
        said = " ".join(to.split())
        if infinitive:
            said = f"to {said}"
        # A later clause's lead runs on in the sentence: lower case, as written.
        said = _cap(said) if lead.start == 0 else said[:1].lower() + said[1:]
        node.text = node.text[: lead.start] + said + rest
        node.edited = True
        return new

    def _borrowed_verb(
        self, node: _Node, ref: str, first: Phrase, lead_in: Heading, step: str, verb: str
    ) -> str:
        """Why a swap of the lead of ``node``, an item that takes its verb from
        ``lead_in`` or states it in the passive, is refused, and what to do instead."""
        if first.text.lower() != lead_in.text[: len(first.text)].lower():
            # "That the Trusteeship Council be requested to …": the verb is the item's,
            # in the passive, inside its sentence.
            return (
                f"{step}: {ref} states its verb in the passive (“{first.text}”), inside "
                "its sentence: use replace_text"
            )
        governed = [r for r, h in self._base.lead_ins().items() if h.before == lead_in.before]
        return (
            f"{step}: {ref} has no verb of its own: it takes “{first.text}” from the "
            f"lead-in “{lead_in.text}”, which governs {', '.join(governed)}; swap it for "
            f'every item that takes it with {verb}_lead_in("{ref}", to=...), or give {ref} '
            "a verb of its own with replace_text"
        )

    def _infinitive(self, to: str, step: str) -> tuple[str, str]:
        """``to`` ("invites", "invite", "to invite", "strongly urges") as the infinitive
        an item under a lead-in opens with, without its "to" ("invite", "strongly
        urge"), and as the finite verb a later clause of the item takes ("invites",
        "strongly urges")."""
        from ..lexicon import third_person

        words = to.split()
        if words and words[0].lower() == "to":
            words = words[1:]
        phrase = " ".join(words)
        # Each word in turn taken for the verb and put in the third person, the words
        # before it kept as its modifier ("strongly urge" → "strongly urges").
        finites = [
            " ".join((*words[:k], third_person(" ".join(words[k:])))) for k in range(len(words))
        ]
        for said in (phrase, *finites):
            match = self._lexicon.match_operative(said)
            if match is not None and match.end >= len(said):
                modifier = f"{match.modifier} " if match.modifier else ""
                return modifier + match.lemma, modifier + third_person(match.lemma)
        raise SpecError(f'{step}: unknown verb "{to}" (not an operative verb of the lexicon)')

    def _swap_lead_in(self, ref: str, to: str, *, weaker: bool) -> Scenario:
        verb = "soften" if weaker else "strengthen"
        step = f'{verb} the lead-in over {ref} to "{to}"'
        new = self._fork(step)
        node, _ = new._find(ref, step)
        lead_in = new._lead_in(node)
        if lead_in is None or lead_in.before is None:
            raise SpecError(f"{step}: {ref} stands under no lead-in (“Resolves:”)")
        from ..analyze.leadins import lead_verb

        old = lead_verb(lead_in, new._lexicon)
        if old is None:
            raise SpecError(f"{step}: the lead-in “{lead_in.text}” opens with no verb to swap")
        # "recommends", "recommend" or "to recommend", as soften takes for an item.
        _, said = new._infinitive(to, step)
        match = new._lexicon.match_operative(said)
        if match is None:  # pragma: no cover - _infinitive found it so
            raise SpecError(f'{step}: unknown verb "{to}" (not an operative verb of the lexicon)')
        before, after = old.axis_a or 1, match.axis_a or 1
        if (after < before) if weaker else (after > before):
            rest = lead_in.text[old.start + len(old.text) :]
            new._lead_ins[lead_in.before] = lead_in.text[: old.start] + _cap(said) + rest
            return new
        word = "weaker" if weaker else "stronger"
        raise SpecError(f"{step}: not {word} than “{old.text}” (force {before} → force {after})")

    def soften_lead_in(self, ref: str, *, to: str) -> Scenario:
        """Replace the verb of the lead-in that governs ``ref`` ("Resolves:" over "1. To
        set up a commission …") by ``to`` ("recommends"), weaker on the force axis: every
        item under it that takes its verb takes the new one; an item with a verb of its
        own ("4. To request …") keeps it (soften that with :meth:`soften`)."""
        return self._swap_lead_in(ref, to, weaker=True)

    def strengthen_lead_in(self, ref: str, *, to: str) -> Scenario:
        """Replace the verb of the lead-in over ``ref`` by a stronger one ("Decides");
        see :meth:`soften_lead_in`."""
        return self._swap_lead_in(ref, to, weaker=False)

    def soften(self, ref: str, *, to: str, clause: int | str | None = None) -> Scenario:
        """Replace a lead phrase of ``ref`` by ``to`` ("strongly deplores", "calls
        upon"), which must be weaker on one axis and stronger on none. Only the lead
        phrase changes: use :meth:`replace_text` for the words after it.

        ``clause`` names the clause of a paragraph of several whose lead is replaced: by
        its lead as written (``"expresses deep regret"``) or its index among the
        paragraph's leads (0 the first). Without it, the first lead, or, where the first
        ranks on neither axis ``to`` ranks on (force, censure), the first later lead that
        does; a later lead of the first's axis is never taken unasked (the swap is
        refused, listing the leads to name)."""
        return self._swap_lead(ref, to, weaker=True, clause=clause)

    def strengthen(self, ref: str, *, to: str, clause: int | str | None = None) -> Scenario:
        """Replace a lead phrase of ``ref`` by a stronger one ("demands", "condemns");
        ``clause`` as for :meth:`soften`."""
        return self._swap_lead(ref, to, weaker=False, clause=clause)

    def drop(self, ref: str) -> Scenario:
        """Remove the paragraph or sub-paragraph ``ref`` (``"OP4"``, ``"OP4(c)"``)."""
        step = f"drop {ref}"
        new = self._fork(step)
        node, holder = new._find(ref, step)
        holder.remove(node)
        for gone in node.walk():
            if gone.ref is not None:
                new._dropped[gone.ref.upper()] = step
        return new

    def _insert(self, ref: str, text: str, *, after: bool) -> Scenario:
        where = "after" if after else "before"
        step = f"insert {where} {ref}: “{_short(text, 40)}”"
        new = self._fork(step)
        node, holder = new._find(ref, step)
        body = " ".join(_NUMBER.sub("", text).split())
        if not body:
            raise SpecError(f"{step}: the text is empty")
        top = any(node is n for n in new._sections[node.section])
        if top:
            label = "0." if node.section == "operative" else None
            probe = _Node(ref=None, section=node.section, label=label, text=body)
            # An item inserted under a lead-in ("Resolves: … 3. To report to the Council;")
            # is read there, as build() will read it: an infinitive the lexicon does not
            # know as a verb of its own takes the lead-in's, as "To set up …" does.
            lead_in = new._lead_in_over_new(node, after=after)
            phrases = new._phrases(probe, lead_in=lead_in)
            if lead_in is not None:
                new._check_item(body, phrases, lead_in, step)
            elif not phrases or phrases[0].start != 0 or not phrases[0].led:
                what = (
                    "an operative paragraph must open with an operative verb"
                    if node.section == "operative"
                    else "a preambular paragraph must open with a lead phrase"
                )
                first = _first_words(body)
                where = ""
                if node.section == "operative" and body[:3].lower() == "to ":
                    # "To report …" reads as an item only where a lead-in lends it a verb.
                    where = "; an item in the infinitive reads only under a lead-in (“Resolves:”)"
                raise SpecError(
                    f"{step}: unknown verb: {what} of the lexicon (found “{first}”){where}"
                )
            if node.section == "preamble" and new._lexicon.match_preamble(body) is None:
                # "Decides that all States shall freeze ..." after a recital: an operative
                # decision would become a recital (the reverse is refused above).
                first = _short(phrases[0].text, 30)
                raise SpecError(
                    f"{step}: “{first}” opens an operative paragraph, not a recital: insert "
                    "it among the operative paragraphs (after an OP)"
                )
        label = node.label if not top else ("0." if node.section == "operative" else None)
        inserted = _Node(ref=None, section=node.section, label=label, text=body, edited=True)
        if top:
            base = self._base.preamble if node.section == "preamble" else self._base.operative
            index = next(k for k, c in enumerate(base) if c.ref == node.ref)
            inserted.place = index + (0.5 if after else -0.5)
        at = holder.index(node) + (1 if after else 0)
        holder.insert(at, inserted)
        return new

    def _check_item(
        self, body: str, phrases: tuple[Phrase, ...], lead_in: Heading, step: str
    ) -> None:
        """Refuse ``body``, to insert under ``lead_in``, when it is no item of its list: one
        with no lead (a lead-in whose verb the lexicon does not know) or a recital
        ("Noting …"). An infinitive, a "That …" clause or a sentence of its own is one."""
        first = _first_words(body)
        if not phrases or phrases[0].start != 0 or not phrases[0].led:
            raise SpecError(
                f"{step}: “{first}” reads as no item under the lead-in “{lead_in.text}”: "
                "neither it nor the lead-in opens with an operative verb of the lexicon"
            )
        lead = phrases[0].text
        own = body[: len(lead)].lower() == lead.lower()
        if not own and self._lexicon.match_preamble(body) is not None:
            raise SpecError(
                f"{step}: “{first}” opens a recital, not an item under the lead-in "
                f"“{lead_in.text}”: insert it among the recitals (after a PP)"
            )

    def insert_after(self, ref: str, text: str) -> Scenario:
        """Put a new paragraph after ``ref``, in its section (or a new sub-paragraph after
        a sub-paragraph). A paragraph must open with a verb or lead phrase the lexicon
        knows, or, under a lead-in ("Resolves:"), be an item of its list ("To report to
        the Council;", which takes the lead-in's verb where the lexicon knows no verb of
        its own); a label ("5.", "(c)") in front is ignored. Give it its final
        punctuation."""
        return self._insert(ref, text, after=True)

    def insert_before(self, ref: str, text: str) -> Scenario:
        """Put a new paragraph before ``ref``; see :meth:`insert_after`."""
        return self._insert(ref, text, after=False)

    def replace_text(self, ref: str, old: str, new_text: str, *, count: int = 1) -> Scenario:
        """Replace ``old`` by ``new_text`` in the own text of ``ref`` (the first ``count``
        occurrences; ``count=-1`` for all). ``old`` must be there."""
        step = f"replace in {ref}: “{_short(old, 30)}” → “{_short(new_text, 30)}”"
        if isinstance(count, bool) or not isinstance(count, int) or (count < 1 and count != -1):
            raise SpecError(f"{step}: count must be 1 or more, or -1 for every occurrence")
        new = self._fork(step)
        node, _ = new._find(ref, step)
        if not old or old not in node.text:
            raise SpecError(f"{step}: “{old}” is not in {ref} (“{_short(node.text)}”)")
        node.text = node.text.replace(old, new_text, count)
        node.edited = True
        return new

    def add_hedge(self, ref: str, hedge: str, *, after: str | None = None) -> Scenario:
        """Add a hedge of the lexicon ("as appropriate", "where possible", "in accordance
        with their national legal authorities and legislation") to ``ref``: before its
        final punctuation, or set off by commas right after the words ``after``."""
        step = f"add hedge “{hedge}” to {ref}"
        new = self._fork(step)
        node, _ = new._find(ref, step)
        lex = new._lexicon
        found = lex.hedges_in(hedge)
        if not found:
            known = ", ".join(f"“{h}”" for h in list(lex.hedges)[:8])
            raise SpecError(f"{step}: unknown hedge (the lexicon knows {known}, ...)")
        name = found[0].hedge
        had = {h for p in new._phrases(node) for h in p.hedges}
        if name in had:
            raise SpecError(f"{step}: {ref} already carries “{name}”")
        words = " ".join(hedge.split())
        if after is not None:
            at = node.text.find(after)
            if at < 0:
                raise SpecError(f"{step}: “{after}” is not in {ref} (“{_short(node.text)}”)")
            cut = at + len(after)
            text = node.text[:cut] + f", {words}," + node.text[cut:]
        else:
            if node.text.rstrip().endswith(":"):
                # "... programmes, including, as appropriate:" would make the whole list of
                # items discretionary, not the ask: the place must be said.
                raise SpecError(
                    f"{step}: {ref} ends with a list lead-in (“{_short(node.text[-40:], 40)}”): "
                    "say where the hedge goes with after=..."
                )
            # Where the trailing spaces and punctuation start (a scan, not a pattern
            # searched from each position: that was quadratic on a run of spaces).
            at = len(node.text.rstrip(_END_CHARS))
            text = f"{node.text[:at]}, {words}{node.text[at:].strip()}"
        node.text = text
        now = {h for p in new._phrases(node) for h in p.hedges}
        if name not in now:
            raise SpecError(f"{step}: the lexicon would not read “{hedge}” as a hedge there")
        node.edited = True
        return new

    def drop_chapter_vii(self, *, replacement: str | None = None) -> Scenario:
        """Remove the Chapter VII invocation: the whole paragraph when it is only the
        formula, else the formula's words; with ``replacement`` (e.g.
        :data:`SPECIAL_RESPONSIBILITY`), put that in its place, as the 2006 compromise did.
        """
        step = "drop Chapter VII" + (f" for “{_short(replacement, 40)}”" if replacement else "")
        new = self._fork(step)
        lex = new._lexicon
        for nodes in new._sections.values():
            for node in list(nodes):
                for part in node.walk():
                    hit = lex.chapter_vii_in(part.text)
                    if hit is None:
                        continue
                    before, after = part.text[: hit.start], part.text[hit.end :]
                    if replacement is not None:
                        rest = after.lstrip(" ,")
                        joined = replacement.rstrip()
                        if rest and not joined.endswith(","):
                            joined += ","
                        text = f"{before}{joined}" + (f" {rest}" if rest else "")
                        part.text = text
                        part.edited = True
                    elif not re.sub(r"[\s,;.:]", "", before + after) and part is node:
                        nodes.remove(node)
                        if node.ref is not None:
                            new._dropped[node.ref.upper()] = step
                    else:
                        text = (before.rstrip(" ,") + " " + after.lstrip(" ,")).strip()
                        part.text = _cap(text)
                        part.edited = True
                    return new
        raise SpecError(f"{step}: {self._base.name} does not act under Chapter VII")

    def add_chapter_vii(self, formula: str = CHAPTER_VII) -> Scenario:
        """Invoke Chapter VII: the formula takes the place of "Acting under its special
        responsibility ..." when the draft has that wording, else it becomes the last
        preambular paragraph. ``SpecError`` when the draft already invokes it."""
        step = "add Chapter VII"
        new = self._fork(step)
        lex = new._lexicon
        if lex.chapter_vii_in(formula) is None:
            raise SpecError(f"{step}: “{formula}” is not a Chapter VII formula the lexicon knows")
        if any(lex.chapter_vii_in(n.text) for n in new._nodes()):
            raise SpecError(f"{step}: the draft already acts under Chapter VII")
        for node in new._sections["preamble"]:
            hit = lex.special_responsibility_in(node.text)
            if hit is not None:
                rest = node.text[hit.end :]
                node.text = node.text[: hit.start] + formula.rstrip(",") + rest
                node.edited = True
                return new
        last = float(len(self._base.preamble))
        new._sections["preamble"].append(
            _Node(ref=None, section="preamble", label=None, text=formula, edited=True, place=last)
        )
        return new

    # ------------------------------------------------------------------- results

    def build(self, *, symbol: str | None = None) -> Draft:
        """The what-if draft: the base draft's masthead with the edited paragraphs,
        renumbered (PP1.., OP1.., sub-paragraphs relabelled in their series) and analysed.
        Its symbol is ``symbol``, by default the base's name followed by "(what-if)"."""
        from ..analyze import analyze

        preamble = tuple(
            rebuilt(n, f"PP{k}", None, 0) for k, n in enumerate(self._sections["preamble"], 1)
        )
        operative = tuple(
            rebuilt(n, f"OP{k}", f"{k}.", 0) for k, n in enumerate(self._sections["operative"], 1)
        )
        # A heading stays over the paragraph it stood over, or, where a step dropped that
        # one, goes over the next one still there, inserted or not, before another
        # heading: "Resolves:" goes on governing items 2 to 4 when item 1 is dropped (it
        # vanished with it, and the items lost their verb).
        places = []
        for nodes, clauses, paragraphs in (
            (self._sections["preamble"], preamble, self._base.preamble),
            (self._sections["operative"], operative, self._base.operative),
        ):
            index = {c.ref: float(k) for k, c in enumerate(paragraphs)}
            places.append(
                [
                    (n.ref, index[n.ref] if n.ref is not None else n.place or 0.0, c.ref)
                    for n, c in zip(nodes, clauses, strict=True)
                ]
            )
        headings = placed_headings(self._base, places, self._lead_ins)
        draft = self._base.model_copy(
            update={
                "symbol": symbol if symbol is not None else f"{self._base.name} (what-if)",
                "draft_symbol": None,
                "preamble": preamble,
                "operative": operative,
                "headings": headings,
                "warnings": (),
                "source": None,
                "furniture": (),
                "lexicon": None,
            }
        )
        return analyze(draft, self._lexicon)

    def compare(self) -> Comparison:
        """:func:`resdiff.compare` of the base draft with the what-if draft."""
        from ..api import compare

        return compare(self._base, self.build(), lexicon=self._lexicon)

    def check(self, spec: RedLines | str | os.PathLike[str]) -> CheckResult:
        """The red lines ``spec`` checked on the what-if draft, against the base draft."""
        from .red_lines import check

        return check(self.build(), spec, base=self._base, lexicon=self._lexicon)
