"""What a check returns: each rule's :class:`RuleResult` with its :class:`Evidence`, and
the :class:`CheckResult` of a whole spec, which reports itself as text.
"""

from __future__ import annotations

import textwrap
from typing import Literal

from pydantic import Field

from ...model import Frozen
from ...safe import printable

Status = Literal["pass", "fail", "skipped"]


class Evidence(Frozen):
    """What a rule looked at: a paragraph ``ref``, an ``excerpt`` of its text, what was
    ``found`` there and what was ``required``; for a quantity, the amount read
    (``value``, in days for a time) and its ``unit``."""

    ref: str | None = None
    excerpt: str | None = None
    found: str | None = None
    required: str | None = None
    value: float | None = None
    unit: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.ref:
            parts.append(self.ref)
        if self.found is not None:
            parts.append(self.found)
        if self.required is not None:
            parts.append(f"(required: {self.required})")
        head = " ".join(parts)
        if self.excerpt:
            return f"{head}: “{self.excerpt}”" if head else f"“{self.excerpt}”"
        return head


class RuleResult(Frozen):
    """One rule checked: ``status`` pass, fail or skipped, a one-line ``message``, and
    the ``evidence``."""

    name: str
    type: str
    status: Status
    message: str
    evidence: tuple[Evidence, ...] = ()
    note: str | None = None
    line: int | None = None

    @property
    def ok(self) -> bool:
        """Whether the red line was checked and holds: a rule skipped (it needs a base
        draft, or the draft could not be analysed) verified nothing, and
        ``assert result.result(name).ok`` must not pass on it."""
        return self.status == "pass"

    @property
    def broken(self) -> bool:
        """Whether the red line was checked and fails."""
        return self.status == "fail"

    def __bool__(self) -> bool:
        # ``assert result.result(name)`` holds as ``.ok`` does.
        return self.ok

    def __repr__(self) -> str:
        # What a failed ``assert result.result(name).ok`` prints: the verdict and why,
        # not a dump of every field cut off before its message.
        mark = {"pass": "PASS", "fail": "FAIL", "skipped": "SKIP"}[self.status]
        return f"<RuleResult {mark} {self.name!r}: {self.message}>"


class CheckResult(Frozen):
    """Every red line of a spec checked against a draft (and its base, when given).

    ``ok`` (and ``bool(result)``) is true when no rule failed and one was checked;
    ``str(result)`` is a readable report; the CLI exit code is :attr:`exit_code` (0 all
    checked hold, 1 one or more broken, 2 none could be checked).
    """

    draft: str
    base: str | None = None
    delegation: str | None = None
    spec: str | None = None
    results: tuple[RuleResult, ...] = ()
    warnings: tuple[str, ...] = Field(
        default=(),
        description="What the verdicts rest on that the text has not settled: words in "
        "square brackets or in alternatives read as agreed (the first alternative), a "
        "flag read from them, the version of a Word file's tracked changes, struck-through "
        "words, drafters' notes ('draft: line 5: ... [bracketed-text]').",
    )

    @property
    def ok(self) -> bool:
        """Whether every red line checked holds, and one was checked (skipped ones do not
        count as broken; a spec none of whose rules could be checked verifies nothing)."""
        return not self.failed and (self.checked or not self.results)

    @property
    def passed(self) -> tuple[RuleResult, ...]:
        """The rules that hold."""
        return tuple(r for r in self.results if r.status == "pass")

    @property
    def failed(self) -> tuple[RuleResult, ...]:
        """The rules that are broken."""
        return tuple(r for r in self.results if r.status == "fail")

    @property
    def skipped(self) -> tuple[RuleResult, ...]:
        """The rules that could not be checked (they need a base draft)."""
        return tuple(r for r in self.results if r.status == "skipped")

    @property
    def checked(self) -> bool:
        """Whether at least one red line was checked (a spec whose every rule needs a base
        draft, run without one, checks nothing)."""
        return len(self.skipped) < len(self.results)

    @property
    def exit_code(self) -> int:
        """0 when every red line checked holds, 1 when one is broken, 2 when none could be
        checked: a gate that verified nothing must not pass."""
        if self.failed:
            return 1
        return 0 if self.ok else 2

    def __bool__(self) -> bool:
        # ``assert check(...)`` holds as ``assert check(...).ok`` does.
        return self.ok

    def result(self, name: str) -> RuleResult:
        """The result of the rule called ``name``; ``KeyError`` if none."""
        for res in self.results:
            if res.name == name:
                return res
        raise KeyError(name)

    def report(self, width: int = 88) -> str:
        """The results as text, one block per rule, broken ones marked ``FAIL``, wrapped to
        ``width`` columns as every other text report is (a rule's evidence ran to 200)."""
        who = f"Red lines of {self.delegation}" if self.delegation else "Red lines"
        lines = _wrapped(who + (f" ({self.spec})" if self.spec else ""), width, "", "  ")
        against = f", compared with {self.base}" if self.base else ""
        lines += _wrapped(f"Draft: {self.draft}{against}", width, "", "  ")
        if self.warnings:
            lines.append("The verdicts read the text as follows (not yet settled):")
            for w in self.warnings:
                lines += _wrapped(w, width, "  ! ", "    ")
        lines.append("")
        body = " " * 8
        for res in self.results:
            mark = {"pass": "PASS", "fail": "FAIL", "skipped": "SKIP"}[res.status]
            lines += _wrapped(res.name, width, f"  {mark}  ", body)
            lines += _wrapped(res.message, width, body, body)
            # A broken line shows what breaks it (up to six); one that holds, what
            # bears it out (up to two).
            room = 6 if res.status == "fail" else 2
            for ev in res.evidence[:room]:
                lines += _wrapped(str(ev), width, body + "- ", body + "  ")
            if len(res.evidence) > room:
                lines.append(f"{body}- ... and {len(res.evidence) - room} more")
        lines.append("")
        lines += _wrapped(self._verdict(), width, "", "")
        return "\n".join(lines)

    def _verdict(self) -> str:
        """The report's last sentence: how many red lines are broken, hold or were not
        checked."""
        broken, held, skipped = len(self.failed), len(self.passed), len(self.skipped)
        total = len(self.results)
        if broken:
            summary = f"{broken} of {total} red {_lines(total)} broken"
        elif held:
            summary = (
                f"the red line {'checked ' if skipped else ''}holds"
                if held == 1
                else f"all {held} red lines {'checked ' if skipped else ''}hold"
            )
        else:
            summary = "no red line could be checked"
        if broken and held:
            summary += f", {held} {'holds' if held == 1 else 'hold'}"
        if skipped:
            reasons = sorted({r.message for r in self.skipped})
            summary += f", {skipped} not checked ({'; '.join(reasons)})"
        return summary + "."

    def __str__(self) -> str:
        return printable(self.report())

    def __repr__(self) -> str:
        # What ``assert check(...)`` prints when it fails: the verdict and the names of the
        # red lines broken, not a dump of every field cut off before their names. Names
        # only: pytest cuts a repr of over 240 characters in its middle, and with each
        # rule's message the second and later names were lost ("Renewal …: no renewal
        # period in ...: weakened in the operative part: …"); ``str()`` has the messages.
        broken = "; ".join(f"“{r.name}”" for r in self.failed)
        verdict = self._verdict()
        return f"<CheckResult {self.draft}: {verdict}{(' Broken: ' + broken) if broken else ''}>"


def _lines(n: int) -> str:
    return "line" if n == 1 else "lines"


def _wrapped(text: str, width: int, first: str, rest: str) -> list[str]:
    """``text`` wrapped to ``width`` after ``first`` (then ``rest``): words never cut, nor
    hyphenated words split (a long one overflows), as the comparison's text report
    wraps."""
    return textwrap.wrap(
        text,
        width=max(width, len(first) + 10),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]
