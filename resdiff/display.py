"""Display hooks: how a model object shows itself, looked up instead of imported.

``str(comparison)``, ``comparison._repr_html_()``, ``draft._repr_html_()``,
``shift.describe()``, ``str(history)`` and the like belong to the renderers, which read the
model; the model must not import them back, or the import graph runs in a circle. So the
model asks this registry for a *hook* by name, and the module that provides it registers
its function when it is imported (as markdown-it-py's renderers fill its rule table).

A hook not registered yet is loaded from its default provider, named here as data and
imported on first use (as pandas loads its plotting backend by name), so a bare
``import resdiff`` stays light and every object can still show itself. An application
may register its own function under a hook's name to replace the default.

This module imports nothing of resdiff.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Literal

__all__ = ["HOOKS", "Hook", "hook", "register"]

Hook = Literal[
    "shift_text",
    "change_text",
    "comparison_text",
    "comparison_html",
    "comparison_dataframe",
    "draft_html",
    "history_text",
    "history_html",
    "lineage_text",
    "lineage_html",
    "series_text",
    "series_html",
    "provenance_text",
    "provenance_html",
    "precedents_text",
    "precedents_html",
]

#: Each hook with the module that provides it by default: importing the module registers
#: the hook (its last lines call :func:`register`).
HOOKS: dict[Hook, str] = {
    "shift_text": "resdiff.explain",
    "change_text": "resdiff.render.text",
    "comparison_text": "resdiff.render.text",
    "comparison_html": "resdiff.notebook",
    "comparison_dataframe": "resdiff.notebook",
    "draft_html": "resdiff.notebook",
    "history_text": "resdiff.render.timeline",
    "history_html": "resdiff.render.timeline",
    "lineage_text": "resdiff.render.lineage",
    "lineage_html": "resdiff.render.lineage",
    "series_text": "resdiff.render.series",
    "series_html": "resdiff.render.series",
    "provenance_text": "resdiff.render.provenance",
    "provenance_html": "resdiff.render.provenance",
    "precedents_text": "resdiff.render.precedents",
    "precedents_html": "resdiff.render.precedents",
}

_registered: dict[Hook, Callable[..., Any]] = {}


def register(name: Hook, function: Callable[..., Any]) -> None:
    """Make ``function`` the display hook ``name``; the last one registered wins. Raises
    ``KeyError`` for a name that is not one of :data:`HOOKS`."""
    if name not in HOOKS:
        raise KeyError(f"unknown display hook {name!r}: use one of {', '.join(HOOKS)}")
    _registered[name] = function


def hook(name: Hook) -> Callable[..., Any]:
    """The function registered for ``name``, importing its default provider first when
    nothing is registered yet."""
    function = _registered.get(name)
    if function is None:
        importlib.import_module(HOOKS[name])
        function = _registered.get(name)
        if function is None:
            # A provider that forgot to register is a bug in resdiff, not in the input.
            raise RuntimeError(f"{HOOKS[name]} did not register the display hook {name!r}")
    return function
