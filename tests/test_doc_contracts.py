"""The contract numbers the docs that describe resdiff as it is name: a
``resdiff.comparison/N`` or ``resdiff.draft/N`` (or the short ``comparison/N``,
``draft/N``) other than the one resdiff writes today must stand in a sentence that names it
as past ("then", "was", "before", "since", ...).

The dated logs (``benchmarks/README.md``, ``benchmarks/judged/RESULTS.md``) are not read:
each round there records the contract it wrote, and a bump would otherwise ask every past
round's sentence to be reworded (the review of tidy18). Until the twenty-eighth session the
README and the example's notes could still say "the comparison contract is
``resdiff.comparison/9``" long after it was not; a stale number there is caught when the
contract is next bumped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from resdiff.model import COMPARISON_SCHEMA, DRAFT_SCHEMA

ROOT = Path(__file__).resolve().parent.parent

#: The docs read, named one by one: those that describe resdiff as it is, not the dated
#: logs of the rounds.
DOCS = (
    "README.md",
    "benchmarks/judged/README.md",
    "examples/dprk-2006/README.md",
    "examples/dprk-2006.ipynb",
)

#: The current version of each contract, by its name.
CURRENT = {
    name: int(version)
    for name, version in (
        schema.removeprefix("resdiff.").split("/") for schema in (COMPARISON_SCHEMA, DRAFT_SCHEMA)
    )
}

#: A contract named with its version; not a JSON Schema's own URL (".../draft/2020-12/").
_MENTION = re.compile(r"(?<![\w/.-])(?:resdiff\.)?(comparison|draft)/(\d+)\b")
#: Words by which a sentence names what it says as past.
_PAST = re.compile(
    r"\b(?:then|was|were|had|older|earlier|before|until|since|later|formerly|previously)\b",
    re.IGNORECASE,
)
#: Where one sentence ends and another begins: a blank line, a list item, a heading, a
#: table's cell, a full stop before a capital or a mark that opens one.
_BREAK = re.compile(r"\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.|#|\|)\s)|\||(?<=[.!?])\s+(?=[A-Z*`(\"“])")


def stale_mentions(text: str) -> list[str]:
    """The sentences of ``text`` that name a contract at a version other than the current
    one without naming it as past."""
    found: list[str] = []
    for sentence in _BREAK.split(text):
        versions = [(m.group(1), int(m.group(2))) for m in _MENTION.finditer(sentence)]
        if any(CURRENT[name] != version for name, version in versions) and not _PAST.search(
            sentence
        ):
            found.append(" ".join(sentence.split()))
    return found


def _text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        return raw
    # A notebook: its cells' text and outputs' text, each cell apart.
    cells = json.loads(raw)["cells"]
    parts = []
    for cell in cells:
        parts.append("".join(cell.get("source", ())))
        for output in cell.get("outputs", ()):
            parts.append("".join(output.get("text", ())))
            parts.extend("".join(v) for v in output.get("data", {}).values() if isinstance(v, list))
    return "\n\n".join(parts)


@pytest.mark.parametrize("doc", DOCS)
def test_a_doc_names_no_old_contract_as_the_current_one(doc: str) -> None:
    path = ROOT / doc
    assert path.is_file(), f"{doc} is gone: take it out of DOCS"
    stale = stale_mentions(_text(path))
    assert not stale, (
        f"{doc} names an old contract as if current (now {COMPARISON_SCHEMA}, "
        f"{DRAFT_SCHEMA}): " + " / ".join(s[:160] for s in stale)
    )


def test_an_old_contract_stated_as_current_is_found() -> None:
    old = CURRENT["comparison"] - 1
    stated = f"The comparison contract is `resdiff.comparison/{old}`: every annex is listed."
    assert stale_mentions(stated) == [stated]
    # The short form, in a table's cell, and the draft's too.
    assert stale_mentions(f"| contracts | `draft/{CURRENT['draft'] - 1}` | all current |")


def test_an_old_contract_named_as_past_or_the_current_one_is_not() -> None:
    old = CURRENT["comparison"] - 1
    assert not stale_mentions(f"The contract was then `resdiff.comparison/{old}`.")
    assert not stale_mentions(f"A report of `resdiff.comparison/{old}` or before reads.")
    assert not stale_mentions(f"The contract is `{COMPARISON_SCHEMA}` and `{DRAFT_SCHEMA}`.")
    # A JSON Schema's own URL names no contract of resdiff's.
    assert not stale_mentions('"$schema": "https://json-schema.org/draft/2020-12/schema"')
    # Each sentence is read apart: a past word in the next one does not excuse this one.
    assert stale_mentions(f"The contract is `comparison/{old}`. It was fine.")
