"""Tools for negotiators, built on the comparison engine: a delegation's red lines
(:mod:`resdiff.negotiation.red_lines`, rules as TOML checked against a draft) and what-if
drafts (:mod:`resdiff.negotiation.scenario`, a draft edited step by step).

Not to be confused with :mod:`resdiff.redline`, the word-level diff of two texts.
"""

from __future__ import annotations

from .red_lines import CheckResult, RedLines, check
from .scenario import Scenario

__all__ = ["CheckResult", "RedLines", "Scenario", "check"]
