"""The review of the twenty-fourth session's merge: what the merge of branches that each
moved or edited the same code left behind (RESULTS §2da).

A module split (house14) left a private helper importable from its old module only
through a re-export kept for one importer; the direction rules written once in
``classify/deciding.py`` (fix14) left the README naming their thresholds in
``summary``, where one of them no longer is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "resdiff"
README = ROOT / "README.md"


def _top_level_names(path: Path) -> set[str]:
    """The names a module's own top level defines: functions, classes, assignments."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(
                n.id for target in node.targets for n in ast.walk(target) if isinstance(n, ast.Name)
            )
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def _module_file(parts: list[str]) -> Path | None:
    base = ROOT.joinpath(*parts)
    if (base / "__init__.py").exists():
        return base / "__init__.py"
    return base.with_suffix(".py") if base.with_suffix(".py").exists() else None


def private_names_borrowed() -> list[str]:
    """Every private name (``_name``) a module of resdiff imports relatively from a module
    that does not define it: a helper moved to another module and still fetched from its
    old one through an import there, which works only as long as that import stays."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        package = parts[:-1]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.level:
                continue
            base = package[: len(package) - (node.level - 1)]
            target = _module_file(base + (node.module.split(".") if node.module else []))
            if target is None:
                continue
            defined = _top_level_names(target)
            for alias in node.names:
                name = alias.name
                if name.startswith("_") and not name.startswith("__") and name not in defined:
                    where = f"{path.relative_to(ROOT)}: {name}"
                    found.append(f"{where} from {target.relative_to(ROOT)}")
    return found


def test_no_module_borrows_a_private_name_from_a_module_that_only_imports_it() -> None:
    # drafts.py fetched _names_near from summary.py after house14 moved it to acted.py.
    assert private_names_borrowed() == []


def _modules_named(short: str) -> list[Path]:
    """The files of the modules of resdiff whose last name is ``short`` (``deciding``)."""
    return [p for p in PACKAGE.rglob(f"{short}.py")] + [
        p / "__init__.py" for p in PACKAGE.rglob(short) if (p / "__init__.py").exists()
    ]


def test_every_module_constant_the_readme_names_is_defined_there() -> None:
    # "`summary.NARROW_HEADLINE`": the threshold lives in classify/deciding.py since the
    # direction rules were written once. Defined there, not imported: the README points a
    # reader at the module that holds the figure and its reasons.
    named = set(re.findall(r"`([a-z_]+)\.([A-Z][A-Z_0-9]+)`", README.read_text(encoding="utf-8")))
    assert named
    missing = [
        f"{module}.{name}"
        for module, name in sorted(named)
        if not any(name in _top_level_names(m) for m in _modules_named(module))
    ]
    assert missing == []
