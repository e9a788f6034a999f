"""Series benchmark: does ``resdiff series`` find the renewal pairs that the UN's own
titles imply, and does it give the same result on Dask as in one process?

Setup: every AKN resolution of ``../shared/corpus/akn`` (2020–2022). Truth:
``benchmarks/series/renewal_pairs.json``, derived once from the titles in
``../shared/corpus/metadata/*.json`` (``--derive-truth`` writes it again) and checked in
as symbols only. The rule: a title's subject is the acronym of the body it names in
parentheses ("(UNMISS)"), else the bracketed title with its dates and periods taken out
("until 15 Mar. 2021", "for a period of 12 months", "with effect from ..."); texts with
one subject are one series, and each text is paired with the next one of its series
among the texts the AKN folder holds. The product never reads these titles unless
``--metadata`` is given; the headline figures are without it.

Printed: precision and recall of the pairs found from the texts alone (target ≥ 0.95
each), the same with the metadata file, the pairs missed and extra, and the wall-clock of
the whole series (grouping and comparing every pair) in one process and on a local Dask
cluster (2 workers), whose results must be identical.

    python benchmarks/series.py [--derive-truth] [--no-dask]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from resdiff.model import Draft

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpus"
TRUTH = ROOT / "benchmarks" / "series" / "renewal_pairs.json"

_ACRONYM = re.compile(r"\(([A-Z][A-Z]{2,}(?:\s[A-Z]{3,})?)\)")
_DATES = re.compile(r"\s+(?:until|unitl|as of|with effect from)\s+\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}")
_PERIOD = re.compile(
    r"\s+for\s+(?:a\s+)?(?:further\s+)?(?:period\s+of\s+)?\d+\s+months|\s+for\s+12\s+months"
)
#: Parenthesised capitals in titles that name no mandate or regime.
_NOT_SUBJECTS = {"COVID", "CTC"}


def _consecutive(p: Any) -> tuple[str, str]:
    """The two consecutive texts a renewal pairs: a full text compared through a technical
    rollover with the text in force (``through``) follows that rollover in its series."""
    old = p.through[-1] if p.through else p.old_symbol
    return (old or "", p.new_symbol or "")


def truth_subject(title: str) -> str:
    """The subject of a UN title, as the truth list groups them (see the docstring)."""
    text = title[title.find("[") + 1 :].rstrip("]")
    acronym = _ACRONYM.search(text)
    if acronym and acronym.group(1) not in _NOT_SUBJECTS:
        return acronym.group(1)
    text = _PERIOD.sub("", _DATES.sub("", text))
    text = text.replace("renewal for 12 months of", "renewal of")
    return " ".join(text.lower().split())


def metadata_rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted((CORPUS / "metadata").glob("*.json")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def corpus_drafts() -> list[Draft]:
    import resdiff

    return [resdiff.parse(path) for path in sorted((CORPUS / "akn").glob("*.xml"))]


def _number(symbol: str) -> int:
    return int(symbol.split("/")[2].split()[0])


def derive_truth(symbols: set[str]) -> dict[str, object]:
    """The renewal pairs the titles imply among the texts with these symbols."""
    by_subject: dict[str, list[str]] = {}
    for row in metadata_rows():
        if row["symbol"] in symbols:
            by_subject.setdefault(truth_subject(row["resolution_title"]), []).append(row["symbol"])
    pairs = []
    for members in by_subject.values():
        members.sort(key=_number)
        pairs += [[a, b] for a, b in itertools.pairwise(members)]
    pairs.sort(key=lambda p: (_number(p[0]), _number(p[1])))
    return {
        "what": "Renewal pairs implied by the UN's resolution titles (metadata/*.json) among "
        "the AKN resolutions of ../shared/corpus/akn; derived by benchmarks/series.py "
        "--derive-truth (truth_subject): same subject, consecutive by number.",
        "texts": len(symbols),
        "pairs": pairs,
    }


def truth_json(truth: dict[str, object]) -> str:
    """The truth as JSON with one pair a line, so that a change reads as a diff."""
    pairs = truth["pairs"]
    assert isinstance(pairs, list)
    head = {k: v for k, v in truth.items() if k != "pairs"}
    lines = ",\n".join(f"  {json.dumps(p, ensure_ascii=False)}" for p in pairs)
    body = json.dumps(head, indent=1, ensure_ascii=False)[:-2]
    return f'{body},\n "pairs": [\n{lines}\n ]\n}}\n'


def score(found: set[tuple[str, str]], truth: set[tuple[str, str]]) -> tuple[float, float]:
    hits = len(found & truth)
    return (hits / len(found) if found else 0.0, hits / len(truth) if truth else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--derive-truth", action="store_true", help="write the truth list again")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask timing")
    args = parser.parse_args()
    if not (CORPUS / "akn").is_dir():
        print(f"skipped: the real texts are not in {CORPUS}")
        return 0
    from resdiff.series import TextMetadata, series

    t0 = time.perf_counter()
    drafts = corpus_drafts()
    parse_s = time.perf_counter() - t0
    symbols = {d.symbol for d in drafts if d.symbol}
    if args.derive_truth:
        TRUTH.parent.mkdir(exist_ok=True)
        TRUTH.write_text(truth_json(derive_truth(symbols)), encoding="utf-8")
        print(f"wrote {TRUTH.relative_to(ROOT)}")
    data = json.loads(TRUTH.read_text(encoding="utf-8"))
    truth = {(a, b) for a, b in data["pairs"]}
    print(
        f"{len(drafts)} texts read in {parse_s:.1f} s; {len(truth)} renewal pairs in the truth list"
    )

    t0 = time.perf_counter()
    one = series(drafts, scheduler="sync")
    one_s = time.perf_counter() - t0
    found = {_consecutive(p) for p in one.pairs}
    precision, recall = score(found, truth)
    print(
        f"\nfrom the texts alone: precision {precision:.3f} ({len(found & truth)}/{len(found)}), "
        f"recall {recall:.3f} ({len(found & truth)}/{len(truth)}); "
        f"{len(one.mandates)} series, {len(one.unpaired)} texts alone"
    )
    for a, b in sorted(truth - found, key=lambda p: _number(p[0])):
        print(f"  missed: {a} → {b}")
    for a, b in sorted(found - truth, key=lambda p: _number(p[0])):
        print(f"  extra:  {a} → {b}")
    evidence: dict[str, int] = {}
    for p in one.pairs:
        evidence[p.evidence] = evidence.get(p.evidence, 0) + 1
    print("  pairs by evidence: " + ", ".join(f"{k} {v}" for k, v in sorted(evidence.items())))

    meta = {row["symbol"]: row for row in metadata_rows()}
    with_meta = series(
        drafts,
        metadata=[
            TextMetadata(
                agenda=meta[d.symbol]["agenda_item_name"], title=meta[d.symbol]["resolution_title"]
            )
            if d.symbol in meta
            else None
            for d in drafts
        ],
        scheduler="sync",
    )
    found_meta = {_consecutive(p) for p in with_meta.pairs}
    precision_m, recall_m = score(found_meta, truth)
    print(
        f"with --metadata (agenda item and title subject): precision {precision_m:.3f}, "
        f"recall {recall_m:.3f} (the truth's own source: a check, not a measure)"
    )

    directions: dict[str, int] = {}
    for p in one.pairs:
        directions[p.direction] = directions.get(p.direction, 0) + 1
    print(
        "directions of the renewals: "
        + ", ".join(f"{k} {v}" for k, v in sorted(directions.items()))
    )
    print(f"\nwall-clock, grouping and {len(one.pairs)} comparisons: one process {one_s:.1f} s")
    if args.no_dask:
        return 0
    t0 = time.perf_counter()
    local = series(drafts, scheduler="processes")
    local_s = time.perf_counter() - t0
    print(
        f"local processes (Dask's multiprocessing scheduler): {local_s:.1f} s; "
        f"identical: {local == one}"
    )
    try:
        from distributed import LocalCluster
    except ImportError:
        print("Dask not installed (pip install 'resdiff[scale]'): no cluster timing")
        return 0
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        t0 = time.perf_counter()
        on_dask = series(drafts, scheduler=cluster.scheduler_address)
        dask_s = time.perf_counter() - t0
    same = on_dask == one and local == one
    print(
        f"local Dask cluster (2 workers, started beforehand): {dask_s:.1f} s; "
        f"identical: {on_dask == one}"
    )
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
