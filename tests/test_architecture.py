"""The house: imports flow one way along the pipeline, with no circle, and the README's
layout names every room.

The import graph is read statically from the source (the ``ast`` of every module), not
from ``sys.modules`` after a run, so an import inside a function counts as much as one at
the top: a lazy import still ties two modules together. Imports under ``TYPE_CHECKING``
count too, since a module that needs another's types to be understood depends on it; only
the implicit import of a parent package (``import resdiff.model`` runs
``resdiff/__init__.py`` first) is left out, because that is the package's façade and not a
dependency the module chose.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "resdiff"
README = ROOT / "README.md"

#: The pipeline's stages, upstream first. A module may import modules of its own stage or
#: of an earlier one, never of a later one. A module belongs to the stage of the longest
#: prefix that names it (``resdiff.render.timeline`` is a product renderer, the rest of
#: ``resdiff.render`` a renderer); ``resdiff`` alone is the package's ``__init__``.
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "model",
        (
            "resdiff._version",
            "resdiff.limits",
            "resdiff.memo",
            "resdiff.lazy",
            "resdiff.collect",
            "resdiff.errors",
            "resdiff.safe",
            "resdiff.outputs",
            "resdiff.compiled",
            "resdiff.chains",
            "resdiff.display",
            "resdiff.plain",
            "resdiff.model",
            "resdiff.schema",
        ),
    ),
    ("read and parse", ("resdiff.read", "resdiff.brackets")),
    ("analyze", ("resdiff.lexicon", "resdiff.analyze")),
    ("align", ("resdiff.align", "resdiff.redline")),
    (
        "classify",
        (
            "resdiff.clauses",
            "resdiff.quantities",
            "resdiff.explain",
            "resdiff.classify",
            "resdiff.api",
        ),
    ),
    ("render", ("resdiff.render", "resdiff.notebook")),
    (
        "products",
        (
            "resdiff.history",
            "resdiff.provision_strength",
            "resdiff.skipped",
            "resdiff.provenance",
            "resdiff.shared_language",
            "resdiff.lineage",
            "resdiff.series",
            "resdiff.negotiation",
            "resdiff.testing",
            "resdiff.parallel",
            "resdiff.corpus",
        ),
    ),
    (
        "product renderers",
        (
            "resdiff.render.timeline",
            "resdiff.render.timeline_words",
            "resdiff.render.provenance",
            "resdiff.render.chart",
            "resdiff.render.lineage",
            "resdiff.render.precedents",
            "resdiff.render.series",
        ),
    ),
    ("front", ("resdiff", "resdiff.__main__", "resdiff.cli", "resdiff.testing.plugin")),
)

#: What a renderer must never import: it reads only the comparison model (and a product's
#: model for the product renderers), so a saved JSON comparison renders like a fresh one.
NOT_FOR_RENDERERS = (
    "resdiff.read",
    "resdiff.lexicon",
    "resdiff.analyze",
    "resdiff.align",
    "resdiff.redline",
    "resdiff.clauses",
    "resdiff.quantities",
    "resdiff.classify",
    "resdiff.api",
)


@dataclass(frozen=True)
class Edge:
    """One import: ``source`` imports ``target`` at ``path:line``."""

    source: str
    target: str
    path: Path
    line: int

    def __str__(self) -> str:
        where = f"{self.path.relative_to(ROOT)}:{self.line}"
        return f"{self.source} -> {self.target} ({where})"


def _modules() -> dict[str, tuple[Path, bool]]:
    """Every module of the package by dotted name, with its file and whether it is a
    package's ``__init__``."""
    found: dict[str, tuple[Path, bool]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        found[".".join(parts)] = (path, is_package)
    return found


MODULES = _modules()


def _imports(name: str) -> list[Edge]:
    """Every import of a resdiff module in ``name``, wherever it stands in the file."""
    path, is_package = MODULES[name]
    here = name if is_package else name.rpartition(".")[0]
    edges: list[Edge] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here.split(".")[: len(here.split(".")) - (node.level - 1)]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            # ``from .render import text`` imports the submodule, ``from .render import
            # render_text`` the package: the name decides which.
            targets = [
                f"{module}.{alias.name}" if f"{module}.{alias.name}" in MODULES else module
                for alias in node.names
            ]
        for target in targets:
            if target.split(".")[0] == "resdiff" and target != name:
                edges.append(Edge(name, target, path, node.lineno))
    return edges


GRAPH: dict[str, list[Edge]] = {name: _imports(name) for name in MODULES}


def stage_of(module: str) -> int:
    """The index in :data:`STAGES` of the stage ``module`` belongs to; ``-1`` for none."""
    best, best_length = -1, -1
    for index, (_, prefixes) in enumerate(STAGES):
        for prefix in prefixes:
            matches = module == prefix or (prefix != "resdiff" and module.startswith(prefix + "."))
            if matches and len(prefix) > best_length:
                best, best_length = index, len(prefix)
    return best


def find_cycle(graph: dict[str, list[Edge]]) -> list[Edge] | None:
    """The edges of one import circle in ``graph``, or ``None``. Depth-first search with an
    explicit stack, so a deep graph cannot exhaust Python's recursion."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    for start in graph:
        if state.get(start):
            continue
        path: list[Edge] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        state[start] = 1
        while stack:
            module, index = stack[-1]
            edges = graph.get(module, [])
            if index == len(edges):
                stack.pop()
                state[module] = 2
                if path:
                    path.pop()
                continue
            stack[-1] = (module, index + 1)
            edge = edges[index]
            if state.get(edge.target) == 1:
                first = (
                    next(i for i, e in enumerate(path) if e.source == edge.target) if path else 0
                )
                return [*path[first:], edge]
            if not state.get(edge.target):
                state[edge.target] = 1
                path.append(edge)
                stack.append((edge.target, 0))
    return None


def test_the_import_graph_is_read_from_every_module() -> None:
    # A guard on the reader itself: it sees the lazy import inside the compare command's
    # function and the type-only import in render/timeline.py, or the tests below would
    # prove nothing.
    assert len(MODULES) > 40
    cli_targets = {edge.target for edge in GRAPH["resdiff.cli.commands"]}
    assert {"resdiff.api", "resdiff.render.terminal"} <= cli_targets
    assert "resdiff.history" in {edge.target for edge in GRAPH["resdiff.render.timeline"]}


def test_every_import_names_a_module_that_exists() -> None:
    # After a move (redlines_spec.py → negotiation/red_lines.py) a lazy import of the old
    # name fails only when its function runs; here it fails at once.
    unknown = [
        str(edge) for edges in GRAPH.values() for edge in edges if edge.target not in MODULES
    ]
    assert not unknown, "imports of modules that do not exist:\n  " + "\n  ".join(unknown)


def test_no_import_circle() -> None:
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import circle:\n  " + "\n  ".join(str(edge) for edge in cycle or [])


def test_find_cycle_names_the_edges_of_a_circle() -> None:
    here = Path(__file__)
    graph = {
        "a": [Edge("a", "b", here, 1)],
        "b": [Edge("b", "c", here, 2)],
        "c": [Edge("c", "a", here, 3), Edge("c", "d", here, 4)],
        "d": [],
    }
    assert [(e.source, e.target) for e in find_cycle(graph) or []] == [
        ("a", "b"),
        ("b", "c"),
        ("c", "a"),
    ]
    graph["c"] = graph["c"][1:]
    assert find_cycle(graph) is None


def test_every_module_belongs_to_a_stage() -> None:
    homeless = [name for name in MODULES if stage_of(name) < 0]
    assert not homeless, (
        f"modules in no stage: {', '.join(homeless)}; add each to STAGES in "
        "tests/test_architecture.py where it stands in the pipeline"
    )


def backward_imports(graph: dict[str, list[Edge]]) -> list[str]:
    """Every import in ``graph`` of a module of a later stage than its importer's, named
    with both stages."""
    return [
        f"{edge}: {STAGES[stage_of(edge.source)][0]} imports {STAGES[stage_of(edge.target)][0]}"
        for edges in graph.values()
        for edge in edges
        if stage_of(edge.target) > stage_of(edge.source)
    ]


def test_imports_flow_from_downstream_to_upstream() -> None:
    upward = backward_imports(GRAPH)
    assert not upward, "imports against the pipeline:\n  " + "\n  ".join(upward)


def _with(source: str, target: str) -> tuple[Edge, dict[str, list[Edge]]]:
    """The real graph with one import more, ``source`` -> ``target``."""
    assert source in GRAPH and target in GRAPH
    edge = Edge(source, target, Path(__file__), 0)
    return edge, {name: [*e, edge] if name == source else e for name, e in GRAPH.items()}


def _reaches(start: str, goal: str) -> bool:
    seen, todo = {start}, [start]
    while todo:
        for edge in GRAPH.get(todo.pop(), []):
            if edge.target == goal:
                return True
            if edge.target not in seen:
                seen.add(edge.target)
                todo.append(edge.target)
    return False


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("resdiff.read.text", "resdiff.analyze"),
        ("resdiff.brackets", "resdiff.lexicon"),
        ("resdiff.analyze", "resdiff.align"),
        ("resdiff.align", "resdiff.classify"),
        ("resdiff.classify", "resdiff.render.text"),
        ("resdiff.render.text", "resdiff.history"),
        ("resdiff.model", "resdiff.read"),
        ("resdiff.lineage", "resdiff.cli"),
    ],
)
def test_a_backward_import_added_to_the_real_graph_is_caught(source: str, target: str) -> None:
    # The check above passes on the package as it is; this shows it fails on the day
    # someone adds one import against the pipeline (read -> analyze -> align -> classify
    # -> render, products after them, the front last), and names that import alone.
    edge, graph = _with(source, target)
    assert [str(edge) in line for line in backward_imports(graph)] == [True]


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("resdiff.model.draft", "resdiff.api"),
        ("resdiff.lexicon", "resdiff.classify"),
        ("resdiff.read.text", "resdiff.read"),
        ("resdiff.history", "resdiff.lineage"),
    ],
)
def test_a_circle_added_to_the_real_graph_is_caught(source: str, target: str) -> None:
    # Each target already reaches its source through the package's own imports, so the
    # one import added closes a circle, found with the added edge in it.
    assert _reaches(target, source)
    edge, graph = _with(source, target)
    cycle = find_cycle(graph)
    assert cycle is not None and edge in cycle


def test_stage_order_puts_readers_before_renderers_and_products_after_the_engine() -> None:
    # The table itself, as the README states it: read → analyze → align → classify →
    # render, products on top of the engine.
    order = [
        "resdiff.model",
        "resdiff.read.text",
        "resdiff.analyze",
        "resdiff.align",
        "resdiff.classify",
        "resdiff.render.text",
        "resdiff.history",
        "resdiff.cli",
    ]
    assert [stage_of(m) for m in order] == sorted(stage_of(m) for m in order)
    assert stage_of("resdiff.negotiation.red_lines") > stage_of("resdiff.api")


#: Modules every stage may import: they import nothing of resdiff but its version.
_INFRASTRUCTURE = frozenset({"resdiff._version", "resdiff.compiled"})


def _is_leaf(module: str) -> bool:
    # A module whose only imports of resdiff are its infrastructure (the cache of compiled
    # patterns) is still vocabulary.
    return module in GRAPH and all(edge.target in _INFRASTRUCTURE for edge in GRAPH[module])


def test_renderers_import_no_reader_or_aligner() -> None:
    # A leaf module (one importing nothing of resdiff, such as the language names or the
    # roman numerals of read/) is vocabulary, not a stage.
    renderers = [m for m in MODULES if m.startswith("resdiff.render") or m == "resdiff.notebook"]
    wrong = [
        str(edge)
        for module in renderers
        for edge in GRAPH[module]
        if any(edge.target == p or edge.target.startswith(p + ".") for p in NOT_FOR_RENDERERS)
        and not _is_leaf(edge.target)
    ]
    assert not wrong, "renderers reading, analysing or aligning:\n  " + "\n  ".join(wrong)


def test_the_model_imports_no_stage() -> None:
    allowed = {
        "resdiff.display",
        "resdiff.errors",
        "resdiff.limits",
        "resdiff.safe",
        "resdiff.plain",
    }
    # The model is a package (its draft and its comparison): each of its modules imports
    # only the others and the leaves above.
    model = [m for m in GRAPH if m == "resdiff.model" or m.startswith("resdiff.model.")]
    assert len(model) > 1
    wrong = [
        str(edge)
        for m in model
        for edge in GRAPH[m]
        if edge.target not in allowed and edge.target not in model
    ]
    assert not wrong, "the model imports upward:\n  " + "\n  ".join(wrong)
    # Each is a leaf, or imports only the others (the one-line views escape with safe).
    assert all(
        _is_leaf(m) or all(e.target in allowed | _INFRASTRUCTURE for e in GRAPH[m]) for m in allowed
    )


def test_products_do_not_import_their_renderers() -> None:
    wrong = [
        str(edge)
        for module in ("resdiff.history", "resdiff.provenance", "resdiff.lineage", "resdiff.series")
        for edge in GRAPH[module]
        if edge.target.startswith("resdiff.render") or edge.target == "resdiff.notebook"
    ]
    assert not wrong, "\n  ".join(wrong)


def test_objects_show_themselves_after_import_resdiff_alone() -> None:
    # A fresh interpreter, so no renderer was imported by an earlier test: the display
    # hooks must find their providers on their own.
    script = textwrap.dedent(
        f"""
        import sys
        import resdiff

        ex = {str(ROOT / "examples" / "dprk-2006")!r}
        japan = resdiff.parse(ex + "/japan-draft.txt")
        adopted = resdiff.parse(ex + "/adopted-compromise.txt")
        cmp = resdiff.compare(japan, adopted)
        assert "Chapter VII" in str(cmp), "str(comparison)"
        assert "<" in cmp._repr_html_(), "comparison._repr_html_"
        assert "OP1" in japan._repr_html_(), "draft._repr_html_"
        assert "weakened" in " ".join(s.describe() for c in cmp.changes for s in c.shifts)
        h = resdiff.history([japan, adopted], names=["Japan-led", "Adopted"])
        assert "Japan-led" in str(h) and "Japan-led" in h._repr_html_(), "history"
        p = resdiff.provenance(adopted, {{"Japan-led": japan}})
        assert "Japan-led" in str(p) and "Japan-led" in p._repr_html_(), "provenance"
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_every_display_hook_is_registered_by_its_provider() -> None:
    script = textwrap.dedent(
        """
        import importlib
        from resdiff import display

        for name, module in display.HOOKS.items():
            importlib.import_module(module)
            assert name in display._registered, (name, module)
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr


def test_a_registered_hook_replaces_the_default() -> None:
    from resdiff import display
    from resdiff.model import Shift

    before = display.hook("shift_text")
    try:
        display.register("shift_text", lambda shift: f"custom {shift.feature}")
        assert (
            Shift(feature="verb", old="decides", new="requires", direction="softer").describe()
            == "custom verb"
        )
    finally:
        display.register("shift_text", before)
    with pytest.raises(KeyError, match="unknown display hook"):
        display.register("shift_txt", before)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------
# The README's layout section


def readme_layout() -> dict[str, int]:
    """The paths the README's layout tree names (``resdiff/read/text.py``), each with its
    line in README.md. The tree is the first fenced block after ``## Layout``; a name
    ending in ``/`` is a folder, and indentation (two spaces a level) nests names."""
    lines = README.read_text(encoding="utf-8").splitlines()
    start = lines.index("## Layout")
    fence = next(i for i in range(start, len(lines)) if lines[i].startswith("```"))
    names: dict[str, int] = {}
    parents: list[str] = []
    for number in range(fence + 1, len(lines)):
        line = lines[number]
        if line.startswith("```"):
            break
        match = re.match(r"( *)(\S+)", line)
        if not match:
            continue
        depth, name = len(match.group(1)) // 2, match.group(2)
        if depth > len(parents):
            # A line indented under the last name is its description, wrapped.
            continue
        if not (name.endswith("/") or "." in name):
            continue
        del parents[depth:]
        names["".join(parents) + name] = number + 1
        if name.endswith("/"):
            parents.append(name)
    return names


def test_readme_layout_names_every_module_of_the_package() -> None:
    named = readme_layout()
    wanted = [str(path.relative_to(ROOT)) for path, _ in MODULES.values()]
    wanted += [
        f"{p.relative_to(ROOT)}/" for p in PACKAGE.rglob("*") if (p / "__init__.py").is_file()
    ]
    missing = sorted(
        name for name in wanted if name not in named and not name.endswith("/__init__.py")
    )
    assert not missing, (
        "README.md's layout section does not name: "
        + ", ".join(missing)
        + " (add a line for each under its folder)"
    )


def test_every_name_in_readme_layout_exists() -> None:
    named = readme_layout()
    absent = [
        f"{name} (README.md:{line})"
        for name, line in named.items()
        if not any(ROOT.glob(name.rstrip("/")))
    ]
    assert not absent, "README.md's layout names what is not there: " + ", ".join(absent)


#: The most lines a module may hold. A room of one purpose that someone new can read
#: whole; past this, a module has become two and should say so by its name.
MAX_MODULE_LINES = 800


def test_no_module_is_over_the_size_of_one_room() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    over = sorted(
        f"{name} ({lines} lines)" for name, lines in sizes.items() if lines > MAX_MODULE_LINES
    )
    assert not over, (
        f"modules over {MAX_MODULE_LINES} lines (split each along its seams): " + ", ".join(over)
    )
