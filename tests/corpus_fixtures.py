"""Small resolution texts for the corpus tests: a mandate renewed each year, written as
plain text with a masthead, so that the tests need nothing but themselves."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip

#: The paragraphs every renewal shares word for word: agreed language.
SHARED_PREAMBLE = [
    "Recalling its previous resolutions on the situation in Utopia,",
    "Reaffirming its strong commitment to the sovereignty, independence, unity and "
    "territorial integrity of Utopia,",
]
SEIZED = "Decides to remain actively seized of the matter."


def resolution(number: int, date: _dt.date, preamble: list[str], operative: list[str]) -> str:
    """An adopted Security Council resolution as its text reads when copied."""
    when = f"{date.day} {MONTHS[date.month - 1]} {date.year}"
    lines = [
        f"United Nations                                     S/RES/{number} ({date.year})",
        "",
        "Security Council                                   Distr.: General",
        f"                                                   {when}",
        "",
        f"Resolution {number} ({date.year})",
        "",
        f"Adopted by the Security Council at its {8000 + number}th meeting, on {when}",
        "",
        "The Security Council,",
        "",
    ]
    for paragraph in preamble:
        lines += [paragraph, ""]
    for k, paragraph in enumerate(operative, 1):
        lines += [f"{k}. {paragraph}", ""]
    return "\n".join(lines)


def renewal(
    year: int, verb: str = "Decides", extra: str | None = None
) -> tuple[list[str], list[str]]:
    """The paragraphs of the year's renewal of the Utopia mission: the mandate paragraph
    opens with ``verb``; ``extra`` is one more operative paragraph."""
    operative = [
        f"{verb} to extend the mandate of the United Nations Mission in Utopia until "
        f"31 March {year + 1};",
        "Requests the Secretary-General to report to the Council every 90 days on the "
        "implementation of this resolution;",
        "Demands that all parties cease hostilities immediately and allow the safe and "
        "unhindered delivery of humanitarian assistance across the northern provinces;",
    ]
    if extra:
        operative.append(extra)
    operative.append(SEIZED)
    return list(SHARED_PREAMBLE), operative


def write_series(folder: Path, years: range = range(2019, 2022)) -> list[Path]:
    """One renewal a year, numbered 2000 + the year's offset, dated 20 March."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, year in enumerate(years):
        preamble, operative = renewal(year)
        path = folder / f"S_RES_{2000 + k}_{year}.txt"
        path.write_text(resolution(2000 + k, _dt.date(year, 3, 20), preamble, operative))
        paths.append(path)
    return paths
