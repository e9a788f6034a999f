"""The hand-judged benchmark as a regression guard: resdiff's verdicts on 64 pairs of real
successive resolutions must not fall below what they reach today.

The figures and how they were made are in benchmarks/judged/RESULTS.md; the floors here
sit a little under them so that a change that loses ground on real texts fails loudly.
They are floors, not the issue's targets (kind 0.90 and more), which are not met yet.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "akn"

pytestmark = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the real texts are not here: {CORPUS} is absent"
)

FLOORS: dict[str, dict[str, float]] = {
    "dev": {
        "kind_accuracy": 0.9,
        "paired_kind_accuracy": 0.85,
        "softened_recall": 0.8,
        "softened_precision": 0.85,
        # 0.79 until the session of 2 December (seventh): Mali 2021 PP5 was found
        # strengthened by "effective" -> "equal", which its judge reads as the formula
        # brought up to date (neutral, as six other judgements do); the widening the judge
        # names ("in all the mechanisms") is not read. 45 of 58.
        "strengthened_recall": 0.77,
        "strengthened_precision": 0.86,
        "direction_agreement": 1.0,
    },
    "holdout": {
        "kind_accuracy": 0.91,
        "paired_kind_accuracy": 0.86,
        "softened_recall": 0.7,
        # 0.8 since 2 December 2026: CAR sanctions 2022 OP2 (judged mixed), read reworded
        # before, now names the 20-day advance notice dropped (softer) and not the notice
        # widened to "any supplies or provision of assistance" (stronger).
        "softened_precision": 0.8,
        "strengthened_recall": 0.8,
        # 1.0 since 3 December 2026 (night): UNFICYP 2020's new operative "calls for"
        # counted as operative language in the direction.
        "direction_agreement": 1.0,
    },
    "holdout2": {
        "kind_accuracy": 0.85,
        "paired_kind_accuracy": 0.78,
        "softened_recall": 0.75,
        "strengthened_recall": 0.76,
        "strengthened_precision": 0.83,
        "direction_agreement": 0.833,
    },
    # Scored once, on 30 November, after that day's tuning (benchmarks/judged/RESULTS.md
    # §2e), then its plain bugs fixed ("after the look"): floors a little under that.
    "holdout3": {
        "kind_accuracy": 0.87,
        "strengthened_recall": 0.5,
        "direction_agreement": 1.0,
    },
    # Scored once blind at the end of the session that judged it, then opened.
    "holdout4": {
        "kind_accuracy": 0.84,
        # 0.59 since MINUSCA 2021 OP28 -> OP31 lost a right answer for a wrong reason: "the
        # sustainable reduction of the presence of ... armed groups" is no drawdown.
        "strengthened_recall": 0.59,
        # 0.818 since 3 December 2026: UNMHA 2020 (judged stronger) was read stronger, and
        # its OP5 mixed, only for "taking into account the impact of the COVID-19
        # pandemic" read as an ask widened besides a condition added (its judge's stronger
        # half is "health" joined to "safety and security", one word, not read).
        # 10/11 since 5 December 2026: UNISFA 2020 (a drawdown beside a full new mandate, judged
        # mixed) is read mixed once the operative part outweighs the headline five times over.
        "direction_agreement": 10 / 11,
    },
    # Opened for tuning in the sixth judging round.
    "tune5": {
        # 0.9, 0.86 and 0.89 since 2 December 2026: UNIFIL 2022 OP6 (judged stronger for
        # its new "benchmarks") was read stronger only for "Recalls its request" ->
        # "Reiterates its request", the same request (the judge: "both declaratory").
        "kind_accuracy": 0.9,
        "strengthened_recall": 0.86,
        "strengthened_precision": 0.89,
        "direction_agreement": 1.0,
    },
    # Scored once blind at the end of that round (benchmarks/judged/RESULTS.md §2g),
    # then its plain bugs fixed: floors a little under the figures after the look.
    "holdout5": {
        "kind_accuracy": 0.79,
        "strengthened_recall": 0.63,
        # 0.7 until 1 December 2026: MONUSCO 2021 -> 2022 (judged stronger) read stronger
        # on a drawdown paragraph the later text leaves out, now named and not weighed
        # (a winding down a later text leaves out reverses nothing); it reads mixed.
        "direction_agreement": 0.6,
    },
    # Scored once blind at the end of the session's second round (RESULTS.md §2h).
    "holdout6": {
        "kind_accuracy": 0.84,
        "strengthened_recall": 0.64,
        # 0.7 since Syria cross-border 2021 lost its direction with two false shifts that
        # cancelled out ("renew" -> "extend" read as "no longer renewed"; "excluding ..."
        # -> "only for ..." as an exemption removed): the halved period against two new
        # calls upon is now "mixed" (judged softer).
        "direction_agreement": 0.7,
    },
    # Judged in the eighth round, scored once blind at the end of the session's tuning
    # (first look 0.796, direction 2/6; RESULTS.md §2i), then its plain gaps fixed.
    "holdout7": {
        "kind_accuracy": 0.82,
        "strengthened_recall": 0.52,
        "direction_agreement": 0.833,
    },
    # Short texts against the full one before them, judged in the ninth round, scored
    # once (first look: wrong shifts 0.624, direction 2/4), then opened.
    "holdout8": {
        # 0.975 since a provision joined to the reference that carries UNSMIL's tasks
        # ("and paragraph 16 of resolution 2570 (2021)") reads as a widening (four judges
        # of five, RESULTS.md §2ar): this set's judge of the two-week rollover held it
        # neutral, 218 -> 217 of 222.
        "kind_accuracy": 0.975,
        # 4/4 since the closing formula ("remain seized" -> "actively seized") weighs
        # nothing in the direction: the two-day Somalia rollover, judged neutral, was
        # stronger by that word alone (5 December 2026, branch dirn2).
        "direction_agreement": 4 / 4,
    },
    # Judged in the tenth round (MINUSMA, AMISOM -> its extension -> ATMIS, UNITAMS and two
    # rollovers -> full renewals), scored at its first look (kind 0.924, wrong shifts
    # 0.109, direction 5/6; RESULTS.md §2j), then opened.
    # Its UNISFA rollover -> full renewal (2606 -> 2609) was judged stronger, and resdiff
    # agreed only because it read the Chapter VII the renewal states again as invoked;
    # read as restated (the judge's reading, 4 December 2026), the troop ceiling cut
    # outweighs the renewal's five months where the judge weighed them the other way.
    "holdout9": {
        "kind_accuracy": 0.93,
        "strengthened_recall": 0.78,
        # 5/6 since 5 December 2026: ATMIS 2022 (drawdown against a full mandate, judged mixed),
        # as holdout4's UNISFA 2020.
        "direction_agreement": 5 / 6,
    },
    # Pairs of 1980-1994 from the scanned plain-text corpus (another era's drafting and
    # another reader), judged blind and scored once: holdout10 at 0.766 (RESULTS.md §2k),
    # holdout11 at 0.714 after holdout10's look (one change then taken back), both opened;
    # floors a little under the figures at the end of that round.
    "holdout10": {
        "kind_accuracy": 0.79,
        "pairing": 0.85,
        "direction_agreement": 9 / 13,
    },
    "holdout11": {
        "kind_accuracy": 0.76,
        "pairing": 0.8,
        # 8/10 since Rwanda 1993 lost a right direction held by a false shift: "the Observer
        # Mission established by resolution 846 (1993)" read as a mission established.
        # 7/10 since Somalia 1993 lost another: "to cooperate in the implementation of the
        # arms embargo established by resolution 733 (1992)" was read as an embargo added
        # (stronger), which held the direction the judges gave; it is the embargo referred
        # to (fifth session of 4 December, after an expert's trial).
        # 8/10 since 5 December 2026: Somalia 1993 is right again, for another reason: the
        # authorization of force 814 does not repeat weighs, in a follow-up, as a decision.
        "direction_agreement": 8 / 10,
    },
    # 1977-1989, judged after both were opened; first look 0.733, direction 8/10.
    "holdout12": {
        "kind_accuracy": 0.75,
        "pairing": 0.86,
        # 10/10 until paragraphs that open alike pair (resdiff.align.acts.same_openings,
        # 5 December): UNIFIL 1980 -> 1981's "Strongly condemns all actions contrary to
        # the provisions ..." now pairs with "Condemns all actions contrary to the
        # provisions ...", softened as the judges say, and the document reads mixed
        # where they read it stronger.
        "direction_agreement": 9 / 10,
    },
    # 1964-1993, judged after holdout10-12 were opened; first look 0.788, direction 6/10.
    # Directions 10 / 10 since the expected withdrawal counters the period (weigh20).
    "holdout13": {
        "kind_accuracy": 0.82,
        "pairing": 0.85,
        "direction_agreement": 1.0,
    },
    # 1965-1993, chosen and judged at the start of the stop after holdout13 was opened;
    # first look 0.834, direction 9/11, wrong shifts 0.233 (RESULTS.md §2l).
    "holdout14": {
        "kind_accuracy": 0.85,
        "pairing": 0.91,
        "direction_agreement": 10 / 11,
    },
    # 1970-1992, chosen after holdout14 was opened; first look 0.793, direction 3/7.
    # Since the calls "fourth report 31" and "interim report 32" of S/RES/314 are left out
    # (the printed notes' numbers), its PP4 pairs with S/RES/318's "Takes note with
    # appreciation of the special report" (47% alike), judged dropped and added: 94/111.
    "holdout15": {
        "kind_accuracy": 0.83,
        "pairing": 0.845,
        # 6/7 since 5 December 2026: Iraq 1990 (660 -> 662, judged stronger): the Chapter VII
        # footing the follow-up does not repeat weighs as a decision, not as a headline.
        "direction_agreement": 6 / 7,
    },
    # 1972-1993, listed before any change of its session; first look 0.791, direction
    # 6/10, wrong shifts 0.198 (RESULTS.md §2m), then opened.
    "holdout16": {
        "kind_accuracy": 0.81,
        "pairing": 0.85,
        "direction_agreement": 0.8,
    },
    # 1971-1993, listed in the same session after holdout16 was opened; first look 0.810,
    # direction 6/8, wrong shifts 0.164 (RESULTS.md §2m), then opened.
    "holdout17": {
        "kind_accuracy": 0.83,
        # 0.91 until the footnote calls printed apart were taken out of scanned texts
        # (resdiff.read.text.calls): Cambodia 1991 -> 1992's old PP3, rid of its calls,
        # pairs by its words with new PP3, where the judges pair old PP2 (0.916 -> 0.905).
        "pairing": 0.90,
        # 6/8, not 7/8, since the fifteenth round of 5 December: Angola 1985 (judged
        # softer for the compensation and the monitoring it drops, which resdiff does not
        # read) read softer only through "intensified" taken out of its condemnation of
        # the bombing, a fact its judge reads as no change; "intensify" is no longer read
        # in a clause that condemns (clauses.wording.under_censure), and the request added
        # now leads it to stronger.
        "direction_agreement": 6 / 8,
    },
    # 1972-1988, listed at the end of the same session and scored once there: 0.820,
    # direction 6/7, no wrong shift (RESULTS.md §2m).
    "holdout18": {
        "kind_accuracy": 0.86,
        "pairing": 0.88,
        "direction_agreement": 6 / 7,
    },
    # 1974-1993, listed at the start of the third session of 1 December before its
    # changes; first look 0.830, direction 5/10 (RESULTS.md §2n), then opened (0.856).
    "holdout19": {
        "kind_accuracy": 0.85,
        "pairing": 0.9,
        "direction_agreement": 0.8,
    },
    # Ten political texts of 1950-1982, listed at the start of the fourth session of 1
    # December before its changes; first look 0.792, direction 5/10 (RESULTS.md §2o).
    # 9/10 since 4 December: the reader now reads S/RES/82's "(5)" as the "(b)" it is,
    # and the task that item held, not carried into S/RES/84, tips korea-1950's follow-up
    # balance from stronger to mixed (judged stronger).
    "holdout20": {
        "kind_accuracy": 0.79,
        "pairing": 0.88,
        "direction_agreement": 9 / 10,
    },
    # Ten texts of 1948-1990 listed once holdout20 was opened; first look 0.862,
    # directions 3/10 (RESULTS.md §2o), 5/10 once the follow-up rule was made.
    # Pairing 0.90 since 4 December: S/RES/186 (1964)'s quotation of Article 2 (4) now
    # reads as the end of the recital that announces it ("which reads:"), as the
    # cyprus-1964 judge said ("READER: ..."), whose item for it as a recital of its own
    # no longer matched; that item is left out since the twenty-sixth session (refs_note,
    # RESULTS §2dj).
    "holdout21": {
        "kind_accuracy": 0.87,
        "pairing": 0.90,
        "direction_agreement": 6 / 10,
    },
    # Ten texts of 1950-1993 listed to test the follow-up rule; first look 0.897,
    # directions 6/10 (7/10 without the rule), 7/10 once it weighed the posture flags.
    "holdout22": {
        "kind_accuracy": 0.89,
        "pairing": 0.94,
        "direction_agreement": 7 / 10,
    },
    # Eight texts of 1948-1991 listed after the session's last engine change; first
    # look 0.893, directions 4/8 (RESULTS.md §2o).
    "holdout23": {
        # 0.89 until the footnote calls printed apart were taken out of scanned texts:
        # Palestine 1948's PP1, rid of its last call, no longer pairs with both halves of
        # its split (0.893 -> 0.885). 0.875 and 0.88 since S/RES/686's "Z." is read as
        # "2." (fifteenth session of 5 December 2026): iraq-1991's judge found old OP2's
        # demands on Kuwait dropped and new OP2's demand to end the repression added; the
        # re-judged items 15c and 23 ask for that, resdiff pairs old OP2 with new OP2
        # (kind 109/122 -> 108/123, pairing 110/122 -> 109/123).
        "kind_accuracy": 0.875,
        "pairing": 0.88,
        "direction_agreement": 4 / 8,
    },
    # Twelve texts of 1948-1993 listed before any change of the session of 1 December
    # (fifth); first look on its final engine 0.780, directions 7/12 (RESULTS.md §2p).
    "holdout24": {
        "kind_accuracy": 0.77,
        "pairing": 0.82,
        "direction_agreement": 7 / 12,
    },
    # Twelve texts of 1966-1994 listed before any change of the session of 1 December
    # (sixth); first look on its final engine 0.854, directions 7/12, then one plain gap
    # fixed after the look (a paragraph that exempts from a measure): 8/12 (RESULTS.md
    # §2q).
    "holdout25": {
        "kind_accuracy": 0.85,
        # 0.91 until "Calls also upon" was read as "calls upon" (5 December): South
        # Africa 1994's OP4 now shares old OP3's lead and takes it from OP3, where the
        # judges pair it (a provision judged mixed, read strengthened before: wrong
        # either way).
        "pairing": 0.90,
        # 8/12 until fix19 (29th session): a clause of means put into an ask asks no more
        # ([means], scope.toml), and unficyp-1968 reads reworded as judged: 10/12.
        "direction_agreement": 10 / 12,
    },
    # Twelve texts of 1963-1993 listed before any change of the session of 1 December
    # (seventh); first look on its final engine 0.828, directions 10/12, then a modal
    # read where it binds the same verb after the look: 11/12 (RESULTS.md §2r).
    # Pairing 0.89 since 4 December: the reader now reads S/RES/773's closing line, whose
    # number the scan lost, as OP7; the judge keyed unikom-1993's items to the sheet that
    # read it into OP6 (and said so, "READER: ..."), so that item no longer matches.
    # Directions 10/12 since 5 December: "Undertakes to" is a lead of the lexicon (the
    # Council's stance, unweighed), so in UNFICYP's financing of 1991 the 1990 decision
    # to examine the costs and report by 1 June 1991 no longer pairs with the clause
    # that defers it ("undertakes ... to decide"): it reads as carried out and the new
    # request as added (the judges: reworded, the document softer). Weighed as a tier-2
    # ask instead, it breaks one more item and one more direction (measured).
    "holdout26": {
        "kind_accuracy": 0.82,
        "pairing": 0.89,
        "direction_agreement": 10 / 12,
    },
    # The ISIL/Al-Qaida sanctions 2020 -> 2021 and nine texts of 1947-1994, listed after
    # the first two changes of the session of 2 December (seventh), judged blind by four
    # judges and a second judge; first look on its final engine 0.929 (16 of 36 paired),
    # directions 8/10, then S/RES/36 (1947) read as the follow-up it is: 9/10 (RESULTS.md
    # §2aa).
    "holdout27": {
        "kind_accuracy": 0.92,
        "pairing": 0.94,
        "direction_agreement": 9 / 10,
    },
    # Nine texts of 1948-1993, listed in the same session after its last engine change but
    # three (reader and Article 39 fixes made after its first look): first look 0.844,
    # directions 6/9, wrong shifts 0.264 (RESULTS.md §2aa).
    # 0.83 and 0.87 since 4 December: S/RES/490 (1981)'s quoted appeal now reads as part
    # of its recital, so its "Taking note" recital is PP2, not the PP4 the judge's item
    # named (the same for lebanon-1981 in holdout29); the items name PP1 and PP2 since the
    # twenty-sixth session (refs_note, RESULTS §2dj).
    "holdout28": {
        # 0.83 and 0.87 until sole partners (resdiff.align.sole): middle-east-geneva-1973's
        # old OP3 ("Decides that ... negotiations shall start ... aimed at establishing a
        # just and durable peace in the Middle East") pairs with new OP1 ("Expresses the
        # hope that the Peace Conference will make speedy progress towards ... a just and
        # durable peace"), its clear best partner; the judges pair it with new PP1 (the
        # decision recalled in the preamble) and call OP1 added (0.833 -> 0.823,
        # 0.875 -> 0.865).
        "kind_accuracy": 0.82,
        "pairing": 0.86,
        "direction_agreement": 6 / 9,
    },
    # Ten texts of 1947-1993 from the scans no pair had used, judged blind by three judges
    # and scored once at d90d74a: first look 0.825 (104/126), directions 9/10,
    # pairing 0.865, wrong shifts 6/64; 0.833 after the "remain sized" print slip was read
    # as the closing formula (RESULTS.md §2ab).
    "holdout29": {
        "kind_accuracy": 0.82,
        "pairing": 0.85,
        "direction_agreement": 9 / 10,
    },
    # Eight pairs of 2020-2022 listed before any change of the night session of 3
    # December, judged blind: first look 0.885 on the session's starting engine and on
    # its engine then, 0.890 once a citation list brought up to date stopped reading as a
    # wider mandate (RESULTS.md §2ah).
    "holdout33": {
        "kind_accuracy": 0.885,
        "pairing": 0.93,
        "direction_agreement": 7 / 8,
    },
    # Eight more, listed once holdout33 was opened and scored once at the session's end:
    # first look 0.873, directions 7/8, then 0.884 once a censure moved to the next
    # recital was read as one move (RESULTS.md §2ah).
    "holdout34": {
        "kind_accuracy": 0.88,
        "pairing": 0.95,
        "direction_agreement": 7 / 8,
    },
    # Eight pairs of 2020-2022 listed before any change of the session of 4 December and
    # judged blind by four judges: first look 0.933 (251/269), directions 6/8; 0.937 once
    # the renewal periods of sanctions measures and Panels were read as the Council's
    # calendar (a rule the opened sets and this set's first look both showed; RESULTS.md
    # §2ai).
    "holdout35": {
        "kind_accuracy": 0.93,
        "pairing": 0.99,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 17 / 21,
    },
    # Eight pairs drawn at random from the renewal series once holdout35 was opened,
    # judged blind by five judges and scored once: first look 0.838 (284/339),
    # directions 4/8, the same on the session's starting engine (RESULTS.md §2ai).
    "holdout36": {
        "kind_accuracy": 0.835,
        # 0.947 since the items the judges marked wrongly paired are not scored (they
        # had counted as pairings reproduced: the sheets paired as resdiff does).
        "pairing": 0.945,
        "direction_agreement": 4 / 8,
        "key_change_agreement": 17 / 22,
    },
    # Eight more, drawn once holdout36 was opened and scored once with no engine change
    # between: first look 0.872 (251/288), directions 7/8, key changes 23/23.
    "holdout37": {
        "kind_accuracy": 0.87,
        "pairing": 0.925,  # 0.927 once wrongly paired sheet items are not scored
        "direction_agreement": 7 / 8,
        "key_change_agreement": 22 / 23,
    },
    # Seven more pairs (the seven renewal series that still held an unused pair), drawn
    # and committed before any change of the session of 4 December (third), judged blind
    # by five judges and scored once on the session's starting engine: kind 0.925
    # (209/226), directions 5/7, key changes 18/21 (20/21 after that session's change).
    "holdout38": {
        "kind_accuracy": 0.92,
        "pairing": 0.95,
        "direction_agreement": 5 / 7,
        "key_change_agreement": 20 / 21,
    },
    # Six more (two from each of the three series that still held an unused pair),
    # listed after that session's engine change and scored once after it (the same
    # figures on its starting engine): kind 0.916 (141/154), directions 6/6, key changes
    # 17/18; 0.922 (142/154) after the vocabulary fix that followed its look.
    "holdout39": {
        "kind_accuracy": 0.91,
        "pairing": 0.96,
        "direction_agreement": 6 / 6,
        "key_change_agreement": 17 / 18,
    },
    # Seven more (4 December, fourth session): one pair from each of the three series
    # that still held one and the four scanned pairs still unjudged, listed before any
    # change of that session, judged blind by three judges, scored once on the session's
    # engine (no verdict rule changed that session): kind 0.829 (102/123; on paired
    # provisions 21/42, fifteen of them judged mixed), directions 6/7, key changes 9/9.
    "holdout40": {
        "kind_accuracy": 0.82,
        "pairing": 0.885,  # 0.888 once wrongly paired sheet items are not scored
        "direction_agreement": 6 / 7,
        "key_change_agreement": 9 / 9,
    },
    # Eight more (5 December, eleventh session): six of the last unjudged 2020-2022 pairs
    # and two scanned ones, listed before any change of that session and judged blind;
    # scored once at the session's end, where the session's engine changes moved none of
    # its figures: kind 0.852 (156/183; paired 37/60), directions 4/8, key changes 21/24.
    "holdout41": {
        "kind_accuracy": 0.85,
        # 0.90 since the fifteenth session: with part B's recitals read apart, resdiff pairs
        # old OP10 with the new "Urging all States" recital (PP12), which both judges read
        # as OP10 dropped (overtaken by OP19's embargo) and the recital added (22b, 22c).
        "pairing": 0.90,
        # 6/8 since 5 December 2026: ATMIS 2614 -> 2670 (Article 39 and force stand in 2628,
        # which 2670 reaffirms as a whole) and UNISFA 2550 -> 2630 (outweighed headline: mixed).
        "direction_agreement": 6 / 8,
        "key_change_agreement": 21 / 24,
    },
    # Eight more (5 December, twelfth session): the last five unjudged 2020-2022 mission
    # pairs and three scanned ones, listed before any change of that session and judged
    # blind by two judges; scored once at the session's end: kind 0.874 (194/222; paired
    # 15/34), pairing 0.896, directions 7/8, key changes 21/24.
    "holdout42": {
        "kind_accuracy": 0.87,
        "pairing": 0.89,
        # 6/8 and 20/24 since what a text continuing a resolution as a whole leaves out
        # stands there (dropped_by_whole, 5 December 2026): AMISOM 2520 -> ATMIS 2670 was
        # softer only by the 49 asks not restated, which its judges read as neutral (wrong
        # shifts 72 -> 25 of 209); their softer is the drawdown and shorter term in the
        # new OP1(a), which resdiff does not weigh, so it now reads stronger.
        "direction_agreement": 6 / 8,
        "key_change_agreement": 20 / 24,
    },
    # Eight scanned pairs (5 December, thirteenth session): UNOSOM II, ONUSAL, UNOMIG,
    # Southern Rhodesia's sanctions ended, Liberia, Namibia, Angola, Kashmir; listed before
    # any change of that session and judged blind by two judges; scored once at its end:
    # kind 0.861 (205/238; paired 24/49), pairing 0.903, directions 2/8 (four judged mixed
    # read softer), key changes 17/24. The session's starting engine: kind 204, pairing 214,
    # the same directions and key changes.
    "holdout43": {
        "kind_accuracy": 0.86,
        "pairing": 0.90,
        "direction_agreement": 2 / 8,
        "key_change_agreement": 17 / 24,
    },
    # Eight scanned pairs (5 December, fourteenth session): Palestine 1948, Indonesia 1948,
    # Iraq/Kuwait 678 -> 686, Iraq sanctions 700 -> 706, UNAVEM II/UNITA 804 -> 864,
    # Yugoslavia 724 -> 740, Bosnia's safe areas 824 -> 836, UNTAC 826 -> 840; listed before
    # any change of that session and judged blind by two judges; scored once at its end:
    # kind 0.849 (180/212; paired 21/46), pairing 0.873, directions 3/8 (three judged mixed
    # and two judged softer read stronger), key changes 20/24, wrong shifts 7/133. The
    # session's starting engine gives the same figures.
    "holdout44": {
        "kind_accuracy": 0.845,
        "pairing": 0.87,
        "direction_agreement": 3 / 8,
        "key_change_agreement": 20 / 24,
    },
    # Eight scanned pairs listed at 21:14 UTC on 5 December 2026 (fifteenth session) before
    # any engine change, judged blind twice; scored once at the session's end (RESULTS §2bd):
    # the start and end engines read the same figures.
    "holdout45": {
        "kind_accuracy": 0.81,
        "pairing": 0.86,
        "direction_agreement": 5 / 8,
        "key_change_agreement": 20 / 24,
    },
    # Eight scanned pairs listed at 23:59 UTC on 5 December 2026 (sixteenth session) before
    # any engine change, judged blind twice; scored once at the session's end (RESULTS §2bg):
    # the start and end engines read the same figures (kind 169 / 211, pairing 182 / 211).
    "holdout46": {
        "kind_accuracy": 0.79,
        "pairing": 0.85,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 18 / 24,
    },
    # Eight scanned pairs listed at 02:49 UTC on 6 December 2026 (seventeenth session)
    # before any engine change, judged blind twice; scored once at the session's end
    # (RESULTS §2bi): the start and end engines read the same figures (kind 117 / 147,
    # pairing 125 / 147).
    "holdout47": {
        "kind_accuracy": 0.79,
        "pairing": 0.84,
        # 6/8 until fix19 (29th session): a commodity named with nothing restricting it is
        # no measure (iraq-humanitarian-1991-h47 softer, as judged): 7/8. 8/8 since fix20
        # (30th session): a recital of earlier Chapter VII decisions left out is no Chapter
        # VII withdrawn (rhodesia-sanctions-1972-h47 stronger, as judged; RESULTS §2en).
        "direction_agreement": 8 / 8,
        "key_change_agreement": 20 / 24,
    },
    # Eight scanned pairs listed at 05:14 UTC on 6 December 2026 (eighteenth session)
    # before any engine change, judged blind twice; scored once at the session's end
    # (RESULTS §2bm): the start and end engines read the same figures (kind 191 / 202,
    # pairing 194 / 202).
    "holdout48": {
        "kind_accuracy": 0.94,
        "pairing": 0.95,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 23 / 23,
    },
    "holdout49": {
        "kind_accuracy": 0.80,
        "pairing": 0.86,
        "direction_agreement": 5 / 8,
        "key_change_agreement": 22 / 24,
    },
    # Eight scanned pairs of 1947-1986 listed at 10:05 UTC on 6 December 2026 (twentieth
    # session) before any engine change, judged blind twice; scored once at the session's
    # end: the start and end engines read the same figures (kind 92 / 103, pairing 94 /
    # 103, directions 5 / 8, key changes 19 / 24).
    # Lowered by the lead-ins (RESULTS §2cc, session 21): old OP4 of S/RES/18 (1947) "To
    # request the Military Staff Committee ..." now reads "request" and pairs with new
    # OP4 of S/RES/20, which the judges have dropped + added (kind 89 / 102, pairing
    # 91 / 102); the sheet's item "old PP2 dropped", the lead-in "Resolves:", is left
    # out on both judges' READER: notes (refs_note, review of §2cc). The pair's direction
    # is now softer, as judged (directions 6 / 8; key changes 20 / 24).
    "holdout50": {
        "kind_accuracy": 0.87,
        "pairing": 0.89,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 20 / 24,
    },
    # Four modern and four scanned pairs listed at 12:13 UTC on 6 December 2026
    # (twenty-first session) before any engine change, judged blind twice; five of them
    # set texts of different subjects side by side (the modern texts of no pair left),
    # so most items are added or dropped. Scored once at the session's end: the start
    # and end engines read the same figures (kind 302 / 331, pairing 310 / 331,
    # directions 7 / 8, key changes 23 / 24).
    "holdout51": {
        "kind_accuracy": 0.91,
        "pairing": 0.93,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 23 / 24,
    },
    # Eight pairs of successive texts of one regime (four modern, four scanned), listed
    # at 12:25 UTC the same day, before any engine change, judged blind twice; start =
    # end (kind 212 / 230, pairing 222 / 230, directions 7 / 8, key changes 22 / 24).
    "holdout52": {
        "kind_accuracy": 0.92,
        "pairing": 0.96,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 22 / 24,
    },
    # Eight modern pairs of successive texts of one regime (AMISOM -> ATMIS, UNSMIL twice,
    # the 1988 sanctions twice, ISIL/Al-Qaida, the Libya sanctions twice), listed at 14:32
    # UTC on 6 December 2026 (twenty-second session), before any engine change, judged
    # blind twice; start = end (kind 225 / 256, pairing 241 / 256, directions 6 / 8, key
    # changes 18 / 22).
    "holdout53": {
        "kind_accuracy": 0.87,
        "pairing": 0.94,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 18 / 22,
    },
    # Eight scanned pairs of one regime each, 1948-1993 (Palestine twice, Kashmir,
    # Israel-Jordan, the Portuguese territories, Senegal, the deportations, UNOMIG),
    # listed at 14:32 UTC the same day, judged blind twice; start = end (kind 110 / 129,
    # pairing 119 / 129, directions 4 / 8, key changes 21 / 24).
    "holdout54": {
        "kind_accuracy": 0.85,
        "pairing": 0.92,
        "direction_agreement": 4 / 8,
        "key_change_agreement": 21 / 24,
    },
    # Seven modern pairs of the same political file (the Afghanistan resolutions against
    # the UNAMA renewals, six; ISIL/Al-Qaida 2610 -> the humanitarian exemptions 2664),
    # listed at 16:50 and 16:54 UTC on 6 December 2026 (twenty-third session), before any
    # engine change, judged blind twice; start -> end kind 292 / 319 both, pairing 296 /
    # 319, directions 4 / 7 both, key changes 20 -> 21 / 21.
    "holdout55": {
        "kind_accuracy": 0.91,
        "pairing": 0.92,
        "direction_agreement": 4 / 7,
        "key_change_agreement": 21 / 21,
    },
    # Eight scanned pairs of one regime each, 1948-1993 (Palestine, Kashmir, the Palestine
    # armistice, the Portuguese territories, Senegal, Israel-Lebanon, Zambia, Somalia),
    # listed at 16:51 UTC the same day, judged blind twice; start = end (kind 168 / 189,
    # pairing 172 / 189, directions 7 / 8, key changes 20 / 24).
    "holdout56": {
        "kind_accuracy": 0.88,
        "pairing": 0.91,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 20 / 24,
    },
    # Eight modern pairs of the Afghanistan file and the 1988 (Taliban) sanctions in
    # different roles (the political texts, the UNAMA renewals, the 1988 renewals, the
    # humanitarian carve-outs of 2615 and 2664), listed at 19:11 UTC on 6 December 2026
    # (twenty-fourth session), before any engine change, judged blind twice; start = end
    # (kind 168 / 195, pairing 174 / 195, directions 5 / 8, key changes 22 / 24).
    "holdout57": {
        "kind_accuracy": 0.86,
        "pairing": 0.89,
        "direction_agreement": 5 / 8,
        "key_change_agreement": 22 / 24,
    },
    # Eight scanned pairs of one political file each, 1948-1993 (Palestine, Kashmir, South
    # Africa, Israel-Lebanon, Cyprus, Angola, the Cyprus good offices, the former
    # Yugoslavia), listed at 19:11 UTC the same day, judged blind twice; start = end
    # (kind 115 / 139, pairing 121 / 139, directions 7 / 8, key changes 24 / 24).
    "holdout58": {
        "kind_accuracy": 0.82,
        "pairing": 0.87,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 24 / 24,
    },
    # Eight modern pairs: Afghanistan 2513 -> 2615 and 2543 -> 2615, Afghanistan against the
    # 1988 (Taliban) sanctions renewals 2513 / 2593 / 2543 -> 2611 and 2513 / 2593 -> 2665,
    # and the Sudan (UNITAMS 2524 -> the end of UNAMID 2559), listed at 21:54 UTC on 6
    # December 2026 (twenty-fifth session), before any engine change, judged blind twice;
    # start = end (kind 216 / 237, pairing 220 / 237, directions 6 / 8, key changes 24 / 24).
    "holdout59": {
        "kind_accuracy": 0.91,
        "pairing": 0.92,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 24 / 24,
    },
    # Eight scanned pairs of one file each, 1948-1993 (Palestine, Kashmir, Senegal, UNFICYP,
    # Zambia, UNEF II, Angola, ONUSAL), listed at 21:54 UTC the same day, judged blind
    # twice; start = end (kind 97 / 116, pairing 103 / 116, directions 7 / 8, key changes
    # 19 / 21).
    "holdout60": {
        "kind_accuracy": 0.83,
        "pairing": 0.88,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 19 / 21,
    },
    # Eight scanned pairs of one file each, 1948-1974 (Palestine 50 -> 66, the Palestine
    # armistice 62 -> 114, South Africa 190 -> 282, the Middle East cease-fire 236 -> 240,
    # UNFICYP 244 -> 254, Jerusalem 250 -> 298, Namibia 276 -> 310, UNEF II 340 -> 362),
    # listed at 00:18 UTC on 7 December 2026 (twenty-sixth session), before any engine
    # change, judged blind twice; start = end (kind 111 / 124, pairing 117 / 124, directions
    # 5 / 8, key changes 23 / 24). Directions 7 / 8 since weigh20: the expected
    # withdrawal counters the longer period (UNFICYP 244 -> 254, RESULTS §2ek).
    "holdout61": {
        "kind_accuracy": 0.89,
        "pairing": 0.94,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 23 / 24,
    },
    # Eight scanned pairs of one file each, 1975-1993 (UNFICYP 370 -> 410, Cyprus 440 -> 550,
    # South Africa 392 -> 560, Angola 546 -> 602, Namibia 566 -> 640, the deportations
    # 608 -> 726, Somalia 794 -> 886, UNAVEM II 834 -> 890), listed at 00:18 UTC the same
    # day, judged blind twice; start = end (kind 175 / 205, pairing 183 / 205, directions
    # 6 / 8, key changes 20 / 24).
    "holdout62": {
        "kind_accuracy": 0.85,
        "pairing": 0.89,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 20 / 24,
    },
    # Eight scanned pairs of one file each, 1948-1974 (the Palestine truce 48 -> 54, Kashmir
    # 38 -> 96, South Africa 134 -> 282, the Portuguese territories 218 -> 322,
    # Israel-Lebanon 262 -> 332, the Middle East 242 -> 344, Namibia 264 -> 310, UNFICYP
    # 334 -> 364), listed at 02:59 UTC on 7 December 2026 (twenty-seventh session), before
    # any engine change, judged blind twice; start = end (kind 114 / 130, pairing
    # 119 / 130, directions 5 / 8, key changes 19 / 20). Directions 6 / 8 since a new ask
    # alone is no lone light shift (UNFICYP 334 -> 364, RESULTS.md §2dt).
    "holdout63": {
        "kind_accuracy": 0.87,
        "pairing": 0.91,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 19 / 20,
    },
    # Eight scanned pairs of one file each, 1976-1994 (Southern Rhodesia 388 -> 448, Cyprus
    # 414 -> 550, Lebanon 436 -> 508, Iran-Iraq 514 -> 540, ONUCA 644 -> 656, the Cyprus
    # good offices 750 -> 902, ONUMOZ 818 -> 898, UNOMIG 858 -> 892), listed at 02:59 UTC
    # the same day, judged blind twice; start kind 146 / 170, end 147 / 170 (a request told
    # in a recital, shifts17), pairing 153 / 170, directions 6 / 8, key changes 18 / 24.
    "holdout64": {
        "kind_accuracy": 0.86,
        "pairing": 0.90,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 18 / 24,
    },
    # Eight scanned pairs of one file each, 1957-1972 (Southern Rhodesia 202 -> 288, Namibia
    # 246 -> 284, Israel-Lebanon 280 -> 332, Senegal 178 -> 302, the Portuguese territories
    # 180 -> 312, UNFICYP 192 -> 222, Kashmir 122 -> 210, the Middle East 234 -> 240), listed
    # at 05:38 UTC on 7 December 2026 (twenty-eighth session), before any engine change,
    # judged blind twice; start = end (kind 96 / 114, pairing 100 / 114, directions 6 / 8,
    # key changes 24 / 24). Directions 7 / 8 since strong19 read the lead's own modifier
    # once (the Portuguese territories 180 -> 312, RESULTS §2eb). Lowered to 6 / 8 by
    # weigh20 (RESULTS §2ek): with the expected withdrawal countering the longer period,
    # UNFICYP 192 -> 222 is decided by its asks (a call gone, 5.33, an urging come, 4:
    # softer), where both its judges say mixed; the same rule rights three pairs of
    # nearly the same texts (holdout13, holdout61, holdout67), judged by their asks.
    "holdout65": {
        "kind_accuracy": 0.84,
        "pairing": 0.87,
        "direction_agreement": 7 / 8,  # raised: mixed24's same ranks (RESULTS §2fr)
        "key_change_agreement": 24 / 24,
    },
    # Eight scanned pairs of one file each, 1978-1992 (UNAVEM 626 -> 696, Iran-Iraq 552 -> 598,
    # Angola and South Africa 428 -> 606, Cambodia 718 -> 766, South Africa 554 -> 560, the
    # occupied territories 672 -> 726, UNIFIL 594 -> 630, Lebanon 508 -> 518), listed at
    # 05:37 UTC the same day, judged blind twice; start = end (kind 129 / 146, pairing
    # 132 / 146, directions 7 / 8, key changes 17 / 19).
    "holdout66": {
        "kind_accuracy": 0.88,
        "pairing": 0.90,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 17 / 19,
    },
    # Eight scanned pairs of one file each, 1948-1973 (Palestine 56 -> 72, UNFICYP 194 -> 238
    # and 220 -> 266, Kashmir 38 -> 214, the Middle East 236 -> 258, Zambia 300 -> 328,
    # Southern Rhodesia 202 -> 314, Namibia 264 -> 284), listed at 08:15 UTC on 7 December
    # 2026 (twenty-ninth session), before any engine change, judged blind twice; start = end
    # (kind 109 / 114, pairing 110 / 114, directions 5 / 8, key changes 21 / 22). Kind
    # 110 / 114 and directions 6 / 8 since fix19, built after that score from its traced
    # misses (RESULTS §2eh, §2ei): a means clause asks no more (UNFICYP 220 -> 266).
    # Directions 7 / 8 since weigh20: the expected withdrawal counters the longer period
    # (UNFICYP 194 -> 238, RESULTS §2ek).
    "holdout67": {
        "kind_accuracy": 0.96,
        "pairing": 0.96,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 21 / 22,
    },
    # Eight scanned pairs of one file each, 1976-1993 (Southern Rhodesia 386 -> 460, the
    # occupied territories 446 -> 592, Namibia 532 -> 640, Iran-Iraq 522 -> 582, UNIFIL
    # 444 -> 734, UNAVEM 626 -> 804, the Iraq humanitarian exception 666 -> 712, Cambodia
    # 668 -> 728), listed at 08:15 UTC the same day, judged blind twice; start = end (kind
    # 174 / 195, pairing 183 / 195, directions 5 / 8, key changes 23 / 24). Directions 6 / 8
    # since fix19, built after that score: a commodity is a measure only where something
    # restrains it (the Iraq humanitarian exception 666 -> 712).
    "holdout68": {
        "kind_accuracy": 0.89,
        "pairing": 0.93,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 23 / 24,
    },
    # Eight scanned pairs of one file each, 1948-1974 (Palestine 50 -> 56, Kashmir 98 -> 210,
    # UNFICYP 244 -> 274, Cyprus 360 -> 364, Namibia 246 -> 276, the Southern Rhodesia
    # sanctions 288 -> 318, Israel-Lebanon 270 -> 332, Zambia 268 -> 326), listed at 10:39 UTC
    # on 7 December 2026 (thirtieth session), before any engine change, judged blind twice;
    # start kind 113 / 138, pairing 124 / 138, directions 4 / 8, key changes 22 / 24; end of
    # the session's rounds the same but directions 5 / 8 (UNFICYP 244 -> 274: the expected
    # withdrawal counters the longer period, weigh20, RESULTS §2ek and §2eo). Kind 115 / 138
    # and directions 6 / 8 since fix20, built after that score from its traced misses
    # (RESULTS §2em, §2en): the recital of earlier Chapter VII decisions weighs as a recital
    # where the other text acts under no Chapter VII (the Southern Rhodesia sanctions).
    "holdout69": {
        "kind_accuracy": 0.83,
        "pairing": 0.89,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 22 / 24,
    },
    # Eight scanned pairs of one file each, 1978-1994 (the occupied territories 452 -> 592,
    # Namibia 432 -> 532, Angola and South Africa 454 -> 606, Iran-Iraq 522 -> 598, Somalia
    # 746 -> 878, UNOMIG 854 -> 896, Cambodia 766 -> 826, the Iraq sanctions 666 -> 700),
    # listed at 10:39 UTC the same day, judged blind twice; start = end of the session's
    # rounds (kind 160 / 173, pairing 168 / 173, directions 7 / 8, key changes 24 / 24);
    # kind 161 / 173 since fix20 (tuning, RESULTS §2en).
    "holdout70": {
        "kind_accuracy": 0.93,
        "pairing": 0.97,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 24 / 24,
    },
    # Eight scanned pairs of one file each, 1948-1974 (UNFICYP 186 -> 194 and 324 -> 364,
    # Southern Rhodesia 232 -> 320, Namibia 310 -> 342, Zambia 300 -> 326, Kashmir 126 -> 214,
    # the Palestine armistice 62 -> 72, Israel-Lebanon 262 -> 316), listed at 12:50 UTC on
    # 7 December 2026 (thirty-first session), before any engine change, judged blind twice;
    # start = end of the session's rounds = after fix21, date21 and renew21 (kind 123 / 136,
    # pairing 125 / 136, directions 4 / 8, key changes 16 / 21; RESULTS §2es).
    "holdout71": {
        "kind_accuracy": 0.90,
        "pairing": 0.91,
        "direction_agreement": 4 / 8,
        "key_change_agreement": 16 / 21,
    },
    # Eight scanned pairs of one file each, 1981-1994 (UNFICYP 486 -> 544, the Cyprus good
    # offices 716 -> 902, UNPROFOR in Bosnia 758 -> 776, UNIFIL 684 -> 852, ONUCA 650 -> 656,
    # UNTAC 810 -> 860, UNAVEM II 804 -> 890, Iraq and Kuwait 660 -> 670), listed at 12:50 UTC
    # the same day, judged blind twice; start = end of the session's rounds (kind 165 / 173,
    # pairing 169 / 173, directions 5 / 8, key changes 17 / 21); pairing 170 / 173 since fix21
    # (tuning: UNPROFOR's enlargement paired) and kind 165 / 173 after fix21 (+1) and date21
    # (-1, onuca-1990-h72: "keep the Council informed" -> "report ... by 29 June 1990" read
    # as a new task; RESULTS §2es, §2ew).
    "holdout72": {
        "kind_accuracy": 0.95,
        "pairing": 0.98,
        "direction_agreement": 6 / 8,  # raised: mixed24's same ranks (RESULTS §2fr)
        "key_change_agreement": 17 / 21,
    },
    # Eight scanned pairs of one file each, 1948-1973 (Kashmir 38 -> 122, the Palestine
    # armistice 100 -> 108, UNFICYP 206 -> 238 and 222 -> 324, Southern Rhodesia 202 -> 318,
    # Zambia 268 -> 328, Namibia 246 -> 342, the Middle East 242 -> 258), listed at 15:37 UTC
    # on 7 December 2026 (thirty-second session), before any engine change, judged blind
    # twice; blind on the start engine: kind 112 / 118, directions 6 / 8, key changes 21 / 21;
    # after fix22 (tuning: "continue and accelerate" efforts, unficyp-1972-h73) kind 113 / 118,
    # pairing 113 / 118, directions 7 / 8, key changes 22 / 22 (RESULTS §2fh).
    "holdout73": {
        "kind_accuracy": 0.95,
        "pairing": 0.95,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 22 / 22,
    },
    # Eight scanned pairs of one file each, 1976-1991 (UNFICYP 526 -> 604, UNIFIL 498 -> 586,
    # Iran-Iraq 514 -> 588, the Hebron deportations 484 -> 608, Namibia 532 -> 632, South
    # Africa 392 -> 554, Iraq sanctions 700 -> 712, Lebanon 512 -> 516), listed at 15:37 UTC
    # the same day, judged blind twice; start = end of the session's rounds (kind 103 / 121,
    # pairing 110 / 121, directions 4 / 8, key changes 17 / 23; RESULTS §2fh).
    "holdout74": {
        "kind_accuracy": 0.85,
        "pairing": 0.90,
        "direction_agreement": 5 / 8,  # raised: mixed24's same ranks (RESULTS §2fr)
        "key_change_agreement": 17 / 23,
    },
    # Eight scanned pairs of one file each, 1948-1972 (the Palestine truce 46 -> 56, the
    # Palestine armistice 100 -> 106, Kashmir 80 -> 122, UNFICYP 198 -> 266 and 192 -> 254,
    # the Middle East 240 -> 242, Namibia 246 -> 310, Southern Rhodesia sanctions
    # 232 -> 314), listed at 18:10 UTC on 7 December 2026 (thirty-third session), before any
    # engine change, judged blind twice (the judges agree on all 8 directions); start = end
    # of the session's rounds (kind 98 / 109, pairing 100 / 109, directions 5 / 8, key
    # changes 20 / 21; RESULTS §2fo).
    "holdout75": {
        "kind_accuracy": 0.89,
        "pairing": 0.91,
        "direction_agreement": 7 / 8,  # raised: mixed24's same ranks (RESULTS §2fr)
        "key_change_agreement": 20 / 21,
    },
    # Eight scanned pairs of one file each, 1978-1994 (Cambodia 668 -> 792, Somalia
    # 746 -> 886, Jerusalem 476 -> 672, ONUMOZ 782 -> 898, Angola 428 -> 574, Yugoslavia
    # 724 -> 820, Central America 644 -> 714, Lebanon 436 -> 520), listed at 18:11 UTC the
    # same day, judged blind twice (the judges agree on all 8 directions); blind on the start
    # engine: kind 237 / 258, directions 5 / 8, key changes 23 / 24; after fix23 (tuning: a
    # set-up decision spent only where the body lives on, 820's measures named) directions
    # 7 / 8, the rest unchanged (RESULTS §2fo).
    "holdout76": {
        "kind_accuracy": 0.91,
        "pairing": 0.94,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 23 / 24,
    },  # Eight scanned pairs of one file each, 1948-1974 (the Palestine truce 48 -> 66, the
    # Palestine armistice 72 -> 108, Kashmir 96 -> 210, UNFICYP 274 -> 334, Cyprus 358 -> 364,
    # Namibia 276 -> 342, Southern Rhodesia 202 -> 320, the Middle East 234 -> 242), listed at
    # 20:35 UTC on 7 December 2026 (thirty-fourth session), before any engine change, judged
    # blind twice (the judges part on two directions: cyprus-1974 mixed / softer,
    # middle-east-1967 stronger / mixed); blind on the start engine: kind 92 / 98, pairing
    # 92 / 98, directions 7 / 8, key changes 19 / 22; after fix24 (tuning: an extension with
    # a drawdown in view first an extension) key changes 20 / 22 (RESULTS §2fu).
    "holdout77": {
        "kind_accuracy": 0.93,
        "pairing": 0.93,
        "direction_agreement": 7 / 8,
        "key_change_agreement": 20 / 22,
    },
    # Eight scanned pairs of one file each, 1974-1993 (Cyprus 440 -> 716, Namibia
    # 366 -> 566, UNAVEM 696 -> 834, Jerusalem 478 -> 672, Kuwait 662 -> 686, Cambodia
    # 728 -> 880, ONUMOZ 818 -> 882, UNPROFOR 740 -> 802), listed at 20:35 UTC the same day,
    # judged blind twice (the judges agree on all 8 directions); blind on the start engine:
    # kind 194 / 217, pairing 203 / 217, directions 5 / 8 (two read the wrong way round:
    # Jerusalem and Cambodia), key changes 21 / 24; unchanged by the session's rounds
    # (RESULTS §2fu).
    "holdout78": {
        "kind_accuracy": 0.89,
        "pairing": 0.93,
        "direction_agreement": 5 / 8,
        "key_change_agreement": 21 / 24,
    },
    # Eight scanned pairs of one file each, 1948-1974 (Namibia 264 -> 366, Kashmir
    # 126 -> 210, UNFICYP 186 -> 244, Southern Rhodesia sanctions 232 -> 318, the Middle East
    # cease-fire 240 -> 340, the Palestine armistice 72 -> 114, Portugal's neighbours
    # 226 -> 290, the Palestine truce 46 -> 62), listed at 23:12 UTC on 7 December 2026
    # (thirty-fifth session), before any engine change, judged blind twice (the judges part
    # on unficyp-1967: stronger / mixed); blind on the start engine: kind 105 / 128, pairing
    # 106 / 128, directions 6 / 8 (Kashmir read the wrong way round), key changes 21 / 24;
    # unchanged by the session's rounds (RESULTS §2ga).
    "holdout79": {
        "kind_accuracy": 0.82,
        "pairing": 0.82,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 21 / 24,
    },
    # Eight scanned pairs of one file each, 1978-1993 (UNIFIL 538 -> 648, deportations
    # 468 -> 608, Cambodia 718 -> 840, Angola 428 -> 602, Iraq sanctions 670 -> 706, Bosnia
    # 786 -> 838, UNFICYP 472 -> 534, Central America 654 -> 714), listed at 23:12 UTC the
    # same day, judged blind twice (the judges part on central-america-1991: mixed /
    # softer); blind on the start engine: kind 132 / 150, pairing 137 / 150, directions
    # 6 / 8, key changes 17 / 20; after fix25 (tuning: a renewal to a passed term not spent)
    # key changes 18 / 20 (RESULTS §2ga).
    "holdout80": {
        "kind_accuracy": 0.88,
        "pairing": 0.91,
        "direction_agreement": 6 / 8,
        "key_change_agreement": 18 / 20,
    },
}
#: Key changes borne out by the judges (the first three of each report; see
#: benchmarks/judged.py): what the session of 1 December 2026 (second stop) measured when
#: it added the figure, a floor each.
KEY_CHANGE_FLOORS: dict[str, float] = {
    "dev": 28 / 34,
    "holdout": 8 / 9,
    "holdout2": 13 / 16,
    "holdout3": 9 / 11,
    "holdout4": 17 / 20,
    "tune5": 15 / 17,
    "holdout5": 13 / 15,
    "holdout6": 23 / 24,
    "holdout7": 12 / 14,
    "holdout8": 9 / 10,
    "holdout9": 14 / 18,
    # 23/30 since the seventh session of 4 December: "Approves the continuation of
    # UNOMIG's mandate until 7 March 1994" (unomig-1994 new OP6) is read as the mandate
    # extended, as a second expert's trial asked (it was "approves", an act done once, and
    # "Decides to extend" -> "Approves the continuation" read as the mandate no longer
    # extended). It heads that report now, added, and old OP2 (dropped) comes third; the
    # judges pair the two and call the pair reworded: a pairing miss, two key changes.
    "holdout10": 23 / 30,
    "holdout11": 14 / 20,
    "holdout12": 11 / 12,
    "holdout13": 21 / 23,
    "holdout14": 15 / 19,
    "holdout15": 11 / 15,
    "holdout16": 22 / 30,
    # 19, not 20, since sole partners (resdiff.align.sole) pair cambodia-1992b's old OP5
    # with new OP3 as its judges do: resdiff reads "Calls upon ... -> Reiterates ..." as
    # softer where they judge the whole strengthened, and that key change is not borne out.
    "holdout17": 19 / 24,
    "holdout18": 16 / 17,
    "holdout19": 22 / 24,
    "holdout20": 25 / 30,
    "holdout21": 18 / 29,
    "holdout22": 24 / 30,
    "holdout23": 17 / 23,
    "holdout24": 28 / 35,
    "holdout25": 22 / 30,
    # 24, not 25: "Taking note with concern of the latest report" is now read as concern
    # (UNFICYP 1991 PP1, judged stronger, is right since), and the added recital of that
    # wording in unficyp-financing-1991 (new PP6) became a key change; its judges pair it
    # with old PP4 (softened), which resdiff reads as dropped: a pairing miss.
    # 23 since the fifteenth round of 5 December: the call upon Israel to "desist
    # forthwith" rewritten as "take no further steps" (jerusalem-1971 old OP3) now reads
    # "emphasis removed: forthwith" (clauses.views.pressed_ask), which its judge names too
    # ("only 'forthwith' is lost"); they call the provision strengthened for the wider
    # call, which resdiff does not read (an object widened), so the key change counts
    # against it.
    "holdout26": 23 / 32,
    "holdout27": 26 / 30,
    "holdout28": 17 / 25,
    "holdout29": 24 / 30,
}
for _name, _floor in KEY_CHANGE_FLOORS.items():
    FLOORS[_name]["key_change_agreement"] = _floor
CEILINGS = {
    "dev": {"wrong_shift_share": 0.06},
    "holdout": {"wrong_shift_share": 0.09},
    "holdout2": {"wrong_shift_share": 0.06},
    "holdout3": {"wrong_shift_share": 0.1},
    "holdout4": {"wrong_shift_share": 0.07},
    "tune5": {"wrong_shift_share": 0.04},
    "holdout5": {"wrong_shift_share": 0.08},
    "holdout6": {"wrong_shift_share": 0.09},
    "holdout7": {"wrong_shift_share": 0.05},
    "holdout8": {"wrong_shift_share": 0.03},
    "holdout9": {"wrong_shift_share": 0.09},
    "holdout10": {"wrong_shift_share": 0.08},
    "holdout11": {"wrong_shift_share": 0.21},
    "holdout12": {"wrong_shift_share": 0.05},
    "holdout13": {"wrong_shift_share": 0.09},
    "holdout14": {"wrong_shift_share": 0.11},
    "holdout15": {"wrong_shift_share": 0.1},
    "holdout16": {"wrong_shift_share": 0.2},
    # 0.16 until sole partners paired cambodia-1992b OP5 -> OP3 (see its key-change floor):
    # its "operative verb weakened: calls upon -> reiterates" is one more wrong shift.
    "holdout17": {"wrong_shift_share": 0.17},
    "holdout18": {"wrong_shift_share": 0.02},
    "holdout19": {"wrong_shift_share": 0.12},
    "holdout20": {"wrong_shift_share": 0.23},
    "holdout21": {"wrong_shift_share": 0.3},
    "holdout22": {"wrong_shift_share": 0.16},
    "holdout23": {"wrong_shift_share": 0.16},
    "holdout24": {"wrong_shift_share": 0.18},
    "holdout25": {"wrong_shift_share": 0.23},
    "holdout26": {"wrong_shift_share": 0.21},
    # The ISIL judge read 145 added provisions of procedure neutral, whatever their verb.
    "holdout27": {"wrong_shift_share": 0.33},
    # Lebanon 1982's scan misprints "forty-erght hours" in the new text: the time limit
    # set in both reads as lifted (13 of 54, one more since time limits were read).
    "holdout28": {"wrong_shift_share": 0.245},
    "holdout29": {"wrong_shift_share": 0.1},
    "holdout33": {"wrong_shift_share": 0.08},
    "holdout34": {"wrong_shift_share": 0.11},
    "holdout35": {"wrong_shift_share": 0.085},
    "holdout36": {"wrong_shift_share": 0.07},
    "holdout37": {"wrong_shift_share": 0.075},
    # The Somalia sanctions judge read the full text's restatement of what the two-day
    # rollover kept in force through resolution 2607 (2021) as neutral, whatever its verb.
    # 0.21 once the shifts of the items the judges marked wrongly paired are not counted.
    "holdout38": {"wrong_shift_share": 0.215},
    "holdout39": {"wrong_shift_share": 0.05},
    "holdout40": {"wrong_shift_share": 0.05},
    "holdout41": {"wrong_shift_share": 0.065},
    # AMISOM -> ATMIS: both judges held the 2520 provisions the new text no longer
    # restates neutral (it reaffirms 2628 as a whole); resdiff names their asks as removed
    # (49 of the set's 73 wrong shifts; the known family of RESULTS.md §2at).
    # 0.13 since dropped_by_whole (0.344 -> 0.120; see the floors above).
    "holdout42": {"wrong_shift_share": 0.13},
    "holdout43": {"wrong_shift_share": 0.125},
    "holdout44": {"wrong_shift_share": 0.06},
    "holdout45": {"wrong_shift_share": 0.17},
    "holdout46": {"wrong_shift_share": 0.19},
    # 20 of its 22 wrong shifts are asks named on provisions added or dropped that both
    # judges hold neutral (the known family of RESULTS.md §2at), and an oil-sales
    # exception to the Iraq embargo read as a commodity measure added (§2bi).
    "holdout47": {"wrong_shift_share": 0.30},
    "holdout48": {"wrong_shift_share": 0.05},
    "holdout49": {"wrong_shift_share": 0.15},
    "holdout50": {"wrong_shift_share": 0.07},
    "holdout51": {"wrong_shift_share": 0.06},
    # 20 of 187, 15 of them on provisions added or dropped, 16 named softer (start =
    # end).
    "holdout52": {"wrong_shift_share": 0.11},
    # 35 of 261, 20 of them on paired provisions (start = end).
    "holdout53": {"wrong_shift_share": 0.14},
    # 6 of 70 (start = end).
    "holdout54": {"wrong_shift_share": 0.09},
    # 22 of 253 (23 at the start).
    "holdout55": {"wrong_shift_share": 0.09},
    # 15 of 111 (start = end).
    "holdout56": {"wrong_shift_share": 0.14},
    # 19 of 144, 15 of them on provisions added or dropped (start = end).
    "holdout57": {"wrong_shift_share": 0.14},
    # 3 of 77 (start = end).
    "holdout58": {"wrong_shift_share": 0.04},
    # 24 of 186 (start = end).
    "holdout59": {"wrong_shift_share": 0.13},
    # 7 of 55 (start = end).
    "holdout60": {"wrong_shift_share": 0.13},
    # 3 of 77 (start = end).
    "holdout61": {"wrong_shift_share": 0.04},
    # 11 of 130 (start = end).
    "holdout62": {"wrong_shift_share": 0.09},
    # 3 of 67 (start = end).
    "holdout63": {"wrong_shift_share": 0.05},
    # 6 of 96 (start 7 of 96).
    "holdout64": {"wrong_shift_share": 0.07},
    # 2 of 70 (start = end).
    "holdout65": {"wrong_shift_share": 0.03},
    # 4 of 78 (start = end).
    "holdout66": {"wrong_shift_share": 0.06},
    # 3 of 60 (start = end).
    "holdout67": {"wrong_shift_share": 0.05},
    # 15 of 113 (start = end).
    "holdout68": {"wrong_shift_share": 0.14},
    # 12 of 78, 9 of them "softer" (start = end of the session's rounds); 11 since fix20.
    "holdout69": {"wrong_shift_share": 0.15},
    # 3 of 102 (start = end of the session's rounds); 2 since fix20.
    "holdout70": {"wrong_shift_share": 0.02},
    # 6 of 57, all "softer" (start = end of the session's rounds = now).
    "holdout71": {"wrong_shift_share": 0.11},
    # 12 of 117 (start = end of the session's rounds); 12 of 119 since fix21 and date21.
    "holdout72": {"wrong_shift_share": 0.11},
    # 1 of 65 (start), 1 of 66 after fix22.
    "holdout73": {"wrong_shift_share": 0.02},
    # 11 of 88 (start = end of the session's rounds).
    "holdout74": {"wrong_shift_share": 0.13},
    # 5 of 51 (start = end of the session's rounds).
    "holdout75": {"wrong_shift_share": 0.10},
    # 7 of 154 (start), 7 of 159 after fix23 (820's measures named).
    "holdout76": {"wrong_shift_share": 0.05},
    # 2 of 53 (start), 2 of 54 after fix24.
    "holdout77": {"wrong_shift_share": 0.04},
    # 10 of 142 (start = end of the session's rounds).
    "holdout78": {"wrong_shift_share": 0.08},
    # 6 of 73 (start = end of the session's rounds).
    "holdout79": {"wrong_shift_share": 0.09},
    # 10 of 81 (start), 9 of 82 after fix25.
    "holdout80": {"wrong_shift_share": 0.12},
}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("judged", ROOT / "benchmarks" / "judged.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["judged"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures() -> dict[str, dict[str, float]]:
    judged: Any = _benchmark()
    out: dict[str, dict[str, float]] = {}
    for name in FLOORS:
        counts = judged.Counts()
        for pair in judged.load_pairs():
            if pair["set"] == name:
                judged.score_pair(pair, counts, keep_examples=False)
        out[name] = judged.report(name, counts)
    return out


@pytest.mark.parametrize("name", list(FLOORS))
def test_verdicts_on_real_texts_do_not_fall_below_todays(
    figures: dict[str, dict[str, float]], name: str
) -> None:
    got = figures[name]
    low = {k: round(got[k], 3) for k, floor in FLOORS[name].items() if got[k] < floor}
    high = {k: round(got[k], 3) for k, ceiling in CEILINGS[name].items() if got[k] > ceiling}
    assert not low and not high, f"{name}: below floor {low}, above ceiling {high}"


def test_a_repeated_pair_id_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    judged: Any = _benchmark()
    entry = '[[pair]]\nid = "x"\nold = "a.xml"\nnew = "b.xml"\nset = "dev"\n\n'
    twice = entry + entry.replace('"b.xml"', '"c.xml"')
    (tmp_path / "pairs.toml").write_text(twice, encoding="utf-8")
    monkeypatch.setattr(judged, "JUDGED", tmp_path)
    with pytest.raises(ValueError, match="'x' is listed twice"):
        judged.load_pairs()


def test_every_pair_is_judged_and_every_judgement_is_well_formed() -> None:
    judged: Any = _benchmark()
    pairs = judged.load_pairs()
    assert sum(p["set"] == "dev" for p in pairs) == 12
    assert sum(p["set"] == "holdout" for p in pairs) == 4
    assert sum(p["set"] == "holdout2" for p in pairs) == 6
    assert sum(p["set"] == "holdout3" for p in pairs) == 4
    kinds = {"added", "dropped", "unchanged", "reworded", "softened", "strengthened", "mixed"}
    for pair in pairs:
        data = pair["judged"]
        assert data["direction"] in {"softer", "stronger", "mixed", "neutral"}, pair["id"]
        for item in data["changes"]:
            assert item["kind"] in kinds and item.get("reason"), (pair["id"], item.get("item"))
            if item["kind"] in ("added", "dropped"):
                assert item.get("effect") in {"softer", "stronger", "neutral"}, pair["id"]
    assert sum(p["set"] == "tune5" for p in pairs) == 7
    assert sum(p["set"] == "holdout5" for p in pairs) == 10
    assert sum(p["set"] == "holdout6" for p in pairs) == 10
    assert sum(p["set"] == "holdout7" for p in pairs) == 6
    assert sum(p["set"] == "holdout8" for p in pairs) == 4
    assert sum(p["set"] == "holdout9" for p in pairs) == 6
    assert sum(p["set"] == "holdout10" for p in pairs) == 13
    assert sum(p["set"] == "holdout11" for p in pairs) == 10
    assert sum(p["set"] == "holdout12" for p in pairs) == 10
    assert sum(p["set"] == "holdout13" for p in pairs) == 10
    assert sum(p["set"] == "holdout14" for p in pairs) == 11
    assert sum(p["set"] == "holdout15" for p in pairs) == 7
    assert sum(p["set"] == "holdout16" for p in pairs) == 10
    assert sum(p["set"] == "holdout17" for p in pairs) == 8
    assert sum(p["set"] == "holdout18" for p in pairs) == 7
    assert sum(p["set"] == "holdout19" for p in pairs) == 10
    assert sum(p["set"] == "holdout20" for p in pairs) == 10
    assert sum(p["set"] == "holdout21" for p in pairs) == 10
    assert sum(p["set"] == "holdout22" for p in pairs) == 10
    assert sum(p["set"] == "holdout23" for p in pairs) == 8
    assert sum(p["set"] == "holdout24" for p in pairs) == 12
    assert sum(p["set"] == "holdout25" for p in pairs) == 12
    assert sum(p["set"] == "holdout26" for p in pairs) == 12
    assert sum(p["set"] == "holdout27" for p in pairs) == 10
    assert sum(p["set"] == "holdout28" for p in pairs) == 9
    assert sum(p["set"] == "holdout29" for p in pairs) == 10
    assert sum(p["set"] == "holdout38" for p in pairs) == 7
    assert sum(p["set"] == "holdout39" for p in pairs) == 6
    assert sum(p["set"] == "holdout40" for p in pairs) == 7
    assert sum(p["set"] == "holdout41" for p in pairs) == 8
    assert sum(p["set"] == "holdout42" for p in pairs) == 8
    assert sum(p["set"] == "holdout43" for p in pairs) == 8
    assert sum(p["set"] == "holdout44" for p in pairs) == 8
    assert sum(p["set"] == "holdout45" for p in pairs) == 8
    assert sum(p["set"] == "holdout46" for p in pairs) == 8
    assert sum(p["set"] == "holdout47" for p in pairs) == 8
    assert sum(p["set"] == "holdout48" for p in pairs) == 8
    assert sum(p["set"] == "holdout49" for p in pairs) == 8
    assert sum(p["set"] == "holdout50" for p in pairs) == 8
    assert sum(p["set"] == "holdout51" for p in pairs) == 8
    assert sum(p["set"] == "holdout52" for p in pairs) == 8
    assert sum(p["set"] == "holdout53" for p in pairs) == 8
    assert sum(p["set"] == "holdout54" for p in pairs) == 8
    # holdout55: seven modern pairs (six of the Afghanistan file and ISIL 2610 -> 2664), the
    # same-file AKN pairs no set held.
    assert sum(p["set"] == "holdout55" for p in pairs) == 7
    assert sum(p["set"] == "holdout56" for p in pairs) == 8
    # holdout57: eight modern pairs of the Afghanistan file and the 1988 sanctions in
    # different roles (political text, UNAMA, 1988 renewals, the carve-outs of 2615 and 2664).
    assert sum(p["set"] == "holdout57" for p in pairs) == 8
    # holdout58: eight scanned pairs of one file each (first judge).
    assert sum(p["set"] == "holdout58" for p in pairs) == 8
    # holdout59: eight modern pairs, seven of the Afghanistan file and the 1988 sanctions,
    # one of the Sudan (first judge).
    assert sum(p["set"] == "holdout59" for p in pairs) == 8
    # holdout60: eight scanned pairs of one regime each, skipping texts between (first judge).
    assert sum(p["set"] == "holdout60" for p in pairs) == 8
    # holdout61: eight scanned pairs of one file each, 1948-1974, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout61" for p in pairs) == 8
    # holdout62: eight scanned pairs of one file each, 1975-1993, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout62" for p in pairs) == 8
    # holdout63: eight scanned pairs of one file each, 1948-1974, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout63" for p in pairs) == 8
    # holdout64: eight scanned pairs of one file each, 1976-1994, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout64" for p in pairs) == 8
    # holdout65: eight scanned pairs of one file each, 1946-1974, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout65" for p in pairs) == 8
    # holdout66: eight scanned pairs of one file each, 1978-1992, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout66" for p in pairs) == 8
    # holdout67: eight scanned pairs of one file each, 1948-1973, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout67" for p in pairs) == 8
    # holdout68: eight scanned pairs of one file each, 1976-1993, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout68" for p in pairs) == 8
    # holdout69: eight scanned pairs of one file each, 1948-1974, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout69" for p in pairs) == 8
    # holdout70: eight scanned pairs of one file each, 1978-1994, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout70" for p in pairs) == 8
    # holdout71: eight scanned pairs of one file each, 1948-1974, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout71" for p in pairs) == 8
    # holdout72: eight scanned pairs of one file each, 1981-1994, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout72" for p in pairs) == 8
    # holdout73: eight scanned pairs of one file each, 1948-1973, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout73" for p in pairs) == 8
    # holdout74: eight scanned pairs of one file each, 1976-1991, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout74" for p in pairs) == 8
    # holdout75: eight scanned pairs of one file each, 1948-1972, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout75" for p in pairs) == 8
    # holdout76: eight scanned pairs of one file each, 1978-1994, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout76" for p in pairs) == 8
    # holdout77: eight scanned pairs of one file each, 1948-1974, skipping texts between
    # (first judge).
    assert sum(p["set"] == "holdout77" for p in pairs) == 8
    # holdout78: eight scanned pairs of one file each, 1974-1993 (resolutions 366-882),
    # skipping texts between (first judge).
    assert sum(p["set"] == "holdout78" for p in pairs) == 8
    # holdout79: eight scanned pairs of one file each, 1946-1974 (resolutions 46-366),
    # skipping texts between (first judge).
    assert sum(p["set"] == "holdout79" for p in pairs) == 8
    # holdout80: eight scanned pairs of one file each, 1978-1993 (resolutions 428-840),
    # skipping texts between (first judge).
    assert sum(p["set"] == "holdout80" for p in pairs) == 8
    assert sum(len(p["judged"]["changes"]) for p in pairs) >= 5551


def test_the_pooled_counts_are_the_sums_of_the_sets() -> None:
    judged: Any = _benchmark()
    a, b = judged.Counts(), judged.Counts()
    a.items, a.kind_right, a.shifts, a.seconds = 10, 7, 4, 1.5
    a.confusion[("softened", "softened")] = 2
    a.directions.append(("p1", "softer", "softer"))
    b.items, b.kind_right, b.wrong_shifts, b.seconds = 5, 5, 1, 0.5
    b.confusion[("softened", "softened")] = 1
    b.directions.append(("p2", "stronger", "mixed"))
    pooled = judged.Counts()
    pooled.add(a)
    pooled.add(b)
    assert (pooled.items, pooled.kind_right, pooled.shifts, pooled.wrong_shifts) == (15, 12, 4, 1)
    assert pooled.seconds == 2.0
    assert pooled.confusion[("softened", "softened")] == 3
    assert [d[0] for d in pooled.directions] == ["p1", "p2"]
    # Every field is pooled: one left out would stay at its default here.
    import dataclasses

    for f in dataclasses.fields(pooled):
        value = getattr(pooled, f.name)
        if isinstance(value, int | float) and getattr(a, f.name) + getattr(b, f.name):
            assert value == getattr(a, f.name) + getattr(b, f.name), f.name


def test_the_pooled_report_prints_the_sums(capsys: pytest.CaptureFixture[str]) -> None:
    judged: Any = _benchmark()
    counts = judged.Counts()
    counts.items, counts.kind_right, counts.shifts, counts.wrong_shifts = 20, 15, 10, 1
    counts.directions.extend([("p1", "softer", "softer"), ("p2", "mixed", "stronger")])
    judged.report_pooled(counts, 3)
    out = capsys.readouterr().out
    assert "pooled over 3 sets: 2 pairs, 20 provisions" in out
    assert "0.750  (15/20" in out
    assert "direction agreement    1/2" in out


def _pair_counts(judged: Any, right: int, items: int, direction_right: bool) -> Any:
    counts = judged.Counts()
    counts.items, counts.kind_right = items, right
    counts.directions.append(("p", "softer", "softer" if direction_right else "stronger"))
    return counts


def test_the_intervals_resample_whole_pairs_and_repeat() -> None:
    judged: Any = _benchmark()
    # Ten pairs of 30 provisions: five all right, five two-thirds right.
    pairs = [_pair_counts(judged, 30, 30, True) for _ in range(5)]
    pairs += [_pair_counts(judged, 20, 30, False) for _ in range(5)]
    found = judged.intervals(pairs)
    lo, hi = found["kind_accuracy"]
    assert lo < 250 / 300 < hi
    # Clustered: one pair's provisions move together, so the interval is far wider than
    # the one 300 independent provisions would give (about ±0.04).
    assert hi - lo > 0.15
    # The 2.5th and 97.5th percentiles, not the extremes of the resamples (all five
    # two-thirds pairs drawn at once, 0.667; all five whole ones, 1.0).
    assert lo > 0.70 and hi < 0.97
    assert 0.0 <= found["direction_agreement"][0] < 0.5 < found["direction_agreement"][1] <= 1.0
    assert judged.intervals(pairs) == found  # seeded: the same every run
    # Pairs that all say the same leave nothing to chance.
    same = judged.intervals([_pair_counts(judged, 9, 10, True) for _ in range(6)])
    assert same["kind_accuracy"] == pytest.approx((0.9, 0.9))
    # A figure no pair has a denominator for (no softened provision) is left out.
    assert "softened_recall" not in same
    assert judged.intervals([]) == {}
    # A ratio of sums, not an average of each pair's share: five long pairs all right and
    # five two-provision pairs all wrong agree on 500 of 510 provisions, not on half.
    lopsided = [_pair_counts(judged, 100, 100, True) for _ in range(5)]
    lopsided += [_pair_counts(judged, 0, 2, True) for _ in range(5)]
    assert judged.intervals(lopsided)["kind_accuracy"][0] > 0.9
    # A figure only two pairs hold (two of seven with a softened provision) gets no
    # interval: its resamples would be copies of those two.
    few = [_pair_counts(judged, 9, 10, True) for _ in range(7)]
    for c in few[:2]:
        c.confusion[("softened", "softened")] = 1
    assert "softened_recall" not in judged.intervals(few)
    few[2].confusion[("softened", "reworded")] = 1
    assert judged.intervals(few)["softened_recall"][0] < 1.0


def test_the_intervals_say_where_the_target_lies(capsys: pytest.CaptureFixture[str]) -> None:
    judged: Any = _benchmark()
    judged.print_intervals(
        {
            "kind_accuracy": (0.85, 0.88),
            "softened_recall": (0.82, 0.95),
            "strengthened_recall": (0.70, 0.85),
            "wrong_shift_share": (0.07, 0.11),
            "direction_agreement": (0.95, 1.0),
        },
        12,
    )
    out = capsys.readouterr().out
    assert "over the 12 pairs" in out
    assert "kind 0.850–0.880 (short of 0.90)" in out
    assert "softened R 0.820–0.950 (meets 0.80)" in out
    assert "strengthened R 0.700–0.850 (spans 0.80)" in out
    assert "wrong shifts 0.070–0.110 (short of 0.05)" in out
    assert "directions 0.950–1.000 (meets 0.92)" in out
    # Fewer wrong shifts are better: the labels turn round.
    for interval, word in (((0.02, 0.04), "meets"), ((0.03, 0.07), "spans")):
        judged.print_intervals({"wrong_shift_share": interval}, 5)
        assert f"({word} 0.05)" in capsys.readouterr().out


def test_modern_pairs_are_told_from_scanned_ones() -> None:
    judged: Any = _benchmark()
    modern, scanned = "S_RES_2537_2020.xml", "../scanned/S_RES_186_1964.txt"
    assert judged.era_of({"old": modern, "new": modern}) == "modern"
    assert judged.era_of({"old": scanned, "new": scanned}) == "scanned"
    # An appointment decided again decades later: neither kind alone.
    assert judged.era_of({"old": scanned, "new": modern}) == "across"
    assert judged.era_of({"old": modern, "new": scanned}) == "across"
    assert set(judged.ERAS) == {"modern", "scanned", "across"}


def test_the_pooled_report_of_one_kind_of_text_names_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    judged: Any = _benchmark()
    counts = _pair_counts(judged, 8, 10, True)
    judged.report_pooled(counts, 39, label="modern texts")
    assert "== modern texts, pooled over the 39 sets: 1 pairs, 10 provisions" in (
        capsys.readouterr().out
    )


def test_the_strict_precision_counts_verdicts_on_provisions_paired_otherwise(
    capsys: pytest.CaptureFixture[str],
) -> None:
    judged: Any = _benchmark()
    counts = judged.Counts()
    counts.confusion[("softened", "softened")] = 6
    counts.confusion[("reworded", "softened")] = 2
    # Two more softened verdicts on provisions no judged item pairs that way.
    counts.unlisted_verdicts["softened"] = 2
    assert counts.pr("softened")[0] == 0.75
    assert counts.strict_precision("softened") == (0.6, 2)
    assert counts.strict_precision("strengthened") == (1.0, 0)
    pooled = judged.Counts()
    pooled.add(counts)
    pooled.add(counts)
    assert pooled.unlisted_verdicts["softened"] == 4
    judged.report_pooled(counts, 1)
    assert "strict precision 0.600 (6/10: 2 more on provisions" in capsys.readouterr().out
    assert judged.ratios(counts)["softened_strict_precision"] == (6, 10)


def test_items_the_judges_marked_wrongly_paired_are_not_scored() -> None:
    # The sheet's "PP7 dropped" and "PP9 -> PP13", which the judge says are one merge
    # (the corrected item): scoring all three would ask for two pairings at once.
    judged: Any = _benchmark()
    sheet_dropped = {"old": ["PP7"], "new": [], "kind": "dropped", "pairing": "wrong: merged"}
    sheet_pair = {"old": ["PP9"], "new": ["PP13"], "kind": "reworded", "pairing": "wrong: x"}
    corrected = {"old": ["PP7", "PP9"], "new": ["PP13"], "kind": "mixed", "pairing": "corrected: x"}
    kept = {"old": ["OP1"], "new": ["OP1"], "kind": "reworded", "pairing": "ok"}
    data = {"direction": "neutral", "changes": [sheet_dropped, sheet_pair, corrected, kept]}
    scored = judged._scored(data)
    assert scored["changes"] == [corrected, kept]
    assert scored["rejected"] == [sheet_dropped, sheet_pair]
    assert data["changes"] == [sheet_dropped, sheet_pair, corrected, kept]  # not changed
    plain = {"direction": "neutral", "changes": [kept]}
    assert judged._scored(plain) is plain
    # Every rejected item of the benchmark stays out of the scored ones.
    if judged.CORPUS.is_dir():
        pairs = judged.load_pairs()
        rejected = sum(len(p["judged"].get("rejected", ())) for p in pairs)
        # 1029 since holdout79 and holdout80 were judged (first judges): their 44 and 16
        # (all inside a corrected item);
        # 969 before it, since holdout77 and holdout78 were judged (first judges): their 9 and 19
        # (all inside a corrected item);
        # 941 before it, since holdout75 and holdout76 were judged (first judges): their 15 and 16
        # (all inside a corrected item);
        # 910 before them, since holdout73 and holdout74 were judged (first judges): their 5 and 13
        # (all inside a corrected item);
        # 892 before it, since holdout71 and holdout72 were judged (first judges): their 15 and 8
        # (all inside a corrected item);
        # 869 before them, since holdout69 and holdout70 were judged (first judges): their 20 and 12
        # (all inside a corrected item);
        # 837 before it, since holdout67 and holdout68 were judged (first judges): their 3 and 23
        # (all inside a corrected item);
        # 811 before it, since holdout65 and holdout66 were judged (first judges): their 26 and 18
        # (all inside a corrected item);
        # 767 before it, since holdout63 and holdout64 were judged (first judges): their 13 and 25
        # (all inside a corrected item);
        # 729 before it, since holdout61 and holdout62 were judged (first judges): their 10 and
        # 32 (all inside a corrected item);
        # 687 before it, since holdout59 and holdout60 were judged (first judges): their 22 and
        # 21 (all inside a corrected item);
        # 644 before it, since holdout57 and holdout58 were judged (first judges): holdout58's
        # 31 (all inside a corrected item) and holdout57's 25 (24 inside a corrected item,
        # and afghanistan-sanctions-2022-h57's item 10, whose words continue inside a new
        # recital together with another's);
        # 588 before it, since holdout55 and holdout56 were judged (first judges): their 29 and 15
        # (all inside a corrected item);
        # 544 before it, since holdout53 and holdout54 were judged (first judges): their 18 and 20
        # (all inside a corrected item);
        # 506 before them, since holdout52 was judged: its 6 (all inside a corrected item);
        # 500 before it, since holdout51 was judged: its 25 (all inside a corrected item);
        # 475 before it, since holdout50 was judged: its 14 (all inside a corrected item);
        # 461 before it, since the nineteenth session: holdout49's 36 (all inside a corrected item);
        # 425 before it: holdout48's 17 (all inside a corrected item);
        # 408 before it: holdout47's 27 (all inside a corrected item);
        # 381 before that: holdout46's 33 (all inside a corrected item);
        # 348 before those: holdout45's 45, and the re-judging of iraq-1991
        # (15b), kuwait-1991-h44 (13b) and angola-1993-h41 (22).
        assert rejected == 1029
        assert not any(
            str(c.get("pairing", "")).startswith("wrong")
            for p in pairs
            for c in p["judged"]["changes"]
        )


def test_a_disagreement_names_the_second_judges_kind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Beside each disagreement, the kind a second judge gave the same provision: a
    # judges' split is told from an engine defect at a glance (made-up texts).
    judged: Any = _benchmark()
    monkeypatch.setattr(judged, "JUDGED", tmp_path)
    (tmp_path / "second").mkdir()
    second = {
        "id": "made-up",
        "direction": "neutral",
        "changes": [{"old": ["OP1"], "new": ["OP1"], "kind": "strengthened"}],
    }
    (tmp_path / "second" / "made-up.json").write_text(json.dumps(second), encoding="utf-8")
    assert judged.second_kinds("made-up") == {(("OP1",), ("OP1",)): "strengthened"}
    assert judged.second_kinds("no-second-judge") == {}
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    head = "The Security Council,\n\nRecalling its previous resolutions,\n\n"
    old.write_text(head + "1. Encourages the parties to meet;\n", encoding="utf-8")
    new.write_text(head + "1. Demands that the parties meet;\n", encoding="utf-8")
    items = [
        {"old": ["PP1"], "new": ["PP1"], "kind": "unchanged"},
        {"old": ["OP1"], "new": ["OP1"], "kind": "reworded", "reason": "made up"},
    ]
    pair = {"id": "made-up", "judged": {"direction": "neutral", "changes": items}}
    counts = judged.Counts()
    judged.score_comparison(pair, judged.resdiff.compare(old, new), counts)
    (found,) = counts.disagreements
    assert (found["judged"], found["found"], found["second"]) == (
        "reworded",
        "strengthened",
        "strengthened",
    )
    assert "strengthened" in judged.VERDICTS


def test_every_judged_ref_names_a_provision_the_reader_reads() -> None:
    """An item is keyed by the refs of the sheet it was judged from: when a fix of the
    reader re-cuts a provision (a quotation read into its recital, a lost number read),
    an item naming a ref the reader no longer reads can never be matched, and the
    benchmark quietly counts the fix against resdiff (cyprus-1964, lebanon-1981 and
    lebanon-ceasefire-1982 from 4 December to the twenty-sixth session: RESULTS §2dj).
    Such refs follow the reading on the judge's own READER: note (``refs_note``)."""
    judged: Any = _benchmark()
    refs: dict[str, set[str]] = {}

    def read(name: str) -> set[str]:
        if name not in refs:
            found: set[str] = set()
            todo = list(judged.resdiff.parse(CORPUS / name).paragraphs)
            while todo:
                clause = todo.pop()
                found.add(clause.ref)
                todo.extend(clause.children)
            refs[name] = found
        return refs[name]

    missing = []
    for pair in judged.open_pairs():
        files = [pair["judged"]]
        second = ROOT / "benchmarks" / "judged" / "second" / f"{pair['id']}.json"
        if second.exists():
            files.append(judged._scored(json.loads(second.read_text(encoding="utf-8"))))
        for data in files:
            for item in data["changes"]:
                for side in ("old", "new"):
                    gone = [r for r in item[side] if r not in read(pair[side])]
                    if gone:
                        missing.append((pair["id"], item["item"], side, gone))
    assert not missing, missing
