"""resdiff in notebooks: ``_repr_html_`` of drafts and comparisons, the embeddable HTML
fragment, ``Comparison.to_dataframe()``, and the example notebook run end to end with
nbclient on a kernel that is this very Python (the project's venv)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import resdiff
from resdiff.model import Comparison, Draft
from resdiff.notebook import DATAFRAME_COLUMNS, comparison_html, draft_html
from resdiff.render.html import FRAGMENT_SCOPE, render_html, scoped_stylesheet

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
NOTEBOOK = EXAMPLES / "dprk-2006.ipynb"


@pytest.fixture(scope="module")
def japan() -> Draft:
    return resdiff.parse(EXAMPLES / "dprk-2006" / "japan-draft.txt")


@pytest.fixture(scope="module")
def cmp(japan: Draft) -> Comparison:
    return resdiff.compare(japan, EXAMPLES / "dprk-2006" / "adopted-compromise.txt")


_VOID = frozenset({"br", "meta", "input", "hr", "img", "link", "col", "wbr"})


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: set[str] = set()
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
        else:
            self.stack.pop()


def _well_formed(html: str) -> set[str]:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    assert parser.errors == [] and parser.stack == []
    return parser.tags


def _selectors(css: str) -> list[str]:
    """Every selector of every style rule, @media blocks included."""
    out: list[str] = []
    for prelude in re.findall(r"([^{}]+)\{", css):
        prelude = prelude.strip()
        if prelude.startswith("@"):
            continue
        if ":" in prelude and ";" in prelude:  # a declaration block's tail, not a selector
            continue
        depth, start = 0, 0
        for i, ch in enumerate(prelude):
            depth += ch == "("
            depth -= ch == ")"
            if ch == "," and depth == 0:
                out.append(prelude[start:i].strip())
                start = i + 1
        out.append(prelude[start:].strip())
    return out


def test_draft_repr_html(japan: Draft) -> None:
    html = japan._repr_html_()
    assert html == draft_html(japan)
    tags = _well_formed(html)
    assert {"table", "tr", "td", "code"} <= tags
    # No symbol on the reconstructed draft: the file name heads the table.
    assert "<strong>japan-draft.txt</strong>" in html and "draft resolution" in html
    assert "Sponsors: France, Japan" in html
    assert "Chapter VII: yes" in html and "Acting under Chapter VII" in html
    assert "Article 39: yes" in html and "use of force: no" in html
    for clause in japan.walk():
        assert f"<code>{clause.ref}</code>" in html
    # Lead phrase, tiers and measures of the asset-freeze paragraph.
    op6 = html.split("<code>OP6</code>")[1].split("</tr>")[0]
    assert "<em>Decides</em>" in op6 and "asset freeze (mandatory)" in op6
    assert re.search(r"<td[^>]*>6</td>", op6)
    # Sub-paragraphs are indented.
    assert "padding-left:28px" in html.split("<code>OP4(a)(i)</code>")[0].rsplit("<td", 1)[1]
    assert "<script" not in html and "<style" not in html


def test_draft_html_escapes() -> None:
    draft = resdiff.parse("United Nations S/2099/1\n\n1. Notes <b>bold</b> & more;\n")
    html = draft_html(draft)
    assert "<b>" not in html and "&lt;b&gt;bold&lt;/b&gt; &amp; more" in html
    _well_formed(html)


def test_comparison_repr_html_is_a_scoped_fragment(cmp: Comparison) -> None:
    html = cmp._repr_html_()
    assert html == comparison_html(cmp) == render_html(cmp, fragment=True)
    assert html.startswith('<div class="resdiff">')
    tags = _well_formed(html)
    assert {"del", "ins", "article", "table", "style"} <= tags
    assert not {"html", "head", "body", "script", "meta", "title", "main", "button"} & tags
    assert "Chapter VII" in html and 'class="badge s-dropped">dropped' in html
    css = html.split("<style>")[1].split("</style>")[0]
    assert css == scoped_stylesheet()
    selectors = _selectors(css)
    assert len(selectors) > 100
    outside = [s for s in selectors if not s.startswith(FRAGMENT_SCOPE)]
    assert outside == [], "every rule must stay inside the fragment"
    assert "@page" not in css and ":root" not in css and not re.search(r"\bbody\b", css)
    # The full page is unchanged by the option.
    assert render_html(cmp).startswith("<!DOCTYPE html>")


def test_to_dataframe(cmp: Comparison) -> None:
    pd = pytest.importorskip("pandas", reason="pip install 'resdiff[notebook]'")
    df = cmp.to_dataframe()
    assert isinstance(df, pd.DataFrame)
    assert tuple(df.columns) == DATAFRAME_COLUMNS
    assert len(df) == len(cmp.changes)
    assert list(df["kind"]) == [c.kind for c in cmp.changes]
    assert df["kind"].value_counts().to_dict() == {k: n for k, n in cmp.summary.counts.items() if n}
    row = df[df.label == "OP4 → OP3"].iloc[0]
    assert (row.old, row.new, row.kind, row.direction) == ("OP4", "OP3", "softened", "softer")
    # Every row names its pair, so frames of many comparisons concatenated stay readable.
    assert set(df.old_draft) == {"japan-draft.txt"}
    assert set(df.new_draft) == {"S/RES/1695 (2006)"}
    # The paragraph's row counts its sub-paragraphs' shifts too (the item list dropped).
    # ("to exercise vigilance and prevent" is no vigilance hedge: the duty to prevent stays.)
    assert row.n_shifts == 5 and row.softer == 5 and row.stronger == 0
    assert "operative verb weakened: decides → requires" in row.shifts
    assert row.features == "verb, hedge, scope"
    moved = df[df.moved]
    assert list(moved.label) == ["OP3 → OP6"]
    dropped = df[df.kind == "dropped"]
    assert set(dropped.new) == {""} and set(dropped.new_text) == {""}
    assert df.score.between(0, 1).all()
    deep = cmp.to_dataframe(children=True)
    assert len(deep) == sum(1 for top in cmp.changes for _ in top.walk())
    assert deep.depth.max() == 2 and "old OP4(a)(ii) (dropped)" in set(deep.label)
    own = deep[deep.label == "OP4 → OP3"].iloc[0]
    assert own.n_shifts == 3 and own.features == "verb, hedge"


def test_to_dataframe_without_pandas(cmp: Comparison, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(ImportError, match=re.escape("pip install 'resdiff[notebook]'")):
        cmp.to_dataframe()


def test_import_resdiff_stays_light() -> None:
    code = (
        "import sys, resdiff; "
        "d = resdiff.parse('examples/dprk-2006/japan-draft.txt'); d._repr_html_(); "
        "assert not {'pandas', 'rich', 'nbclient'} & set(sys.modules), sys.modules.keys()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


def test_notebook_is_clean() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert nb["nbformat"] == 4
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(not c["outputs"] and c["execution_count"] is None for c in code)
    markdown = [c for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert len(markdown) >= len(code) // 2


# ---------------------------------------------------------------------------------------
# The notebook, run.


def _outputs(cell: dict[str, object]) -> tuple[str, str]:
    """A cell's printed text and its HTML output."""
    text: list[str] = []
    html: list[str] = []
    outputs = cell.get("outputs", [])
    assert isinstance(outputs, list)
    for out in outputs:
        assert out["output_type"] != "error", "".join(out.get("traceback", []))
        if out["output_type"] == "stream":
            text.append(out["text"])
        else:
            data = out.get("data", {})
            text.append(data.get("text/plain", ""))
            html.append(data.get("text/html", ""))
    return "".join(text), "".join(html)


def test_example_notebook_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    nbformat = pytest.importorskip("nbformat", reason="pip install 'resdiff[test]'")
    nbclient = pytest.importorskip("nbclient", reason="pip install 'resdiff[test]'")
    pytest.importorskip("ipykernel", reason="pip install 'resdiff[test]'")
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    # Connection files and IPython's profile in a temporary folder: the home folder may be
    # read-only (CI) or hold a user's own settings.
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / "runtime"))
    monkeypatch.setenv("IPYTHONDIR", str(tmp_path / "ipython"))
    # A kernel spec of our own, naming this interpreter, so the notebook runs on the venv
    # that runs the tests whatever kernels the machine has installed.
    spec_dir = tmp_path / "kernels" / "python3"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "resdiff test kernel",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    specs = KernelSpecManager(kernel_dirs=[str(tmp_path / "kernels")], ensure_native_kernel=False)
    km = KernelManager(kernel_name="python3", kernel_spec_manager=specs)

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        km=km,
        kernel_name="python3",
        timeout=60,
        startup_timeout=60,
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()
    cells = {c["id"]: c for c in nb.cells}

    text, _ = _outputs(cells["parse"])
    assert "japan-draft.txt" in text and "symbol: —" in text and "Chapter VII: True" in text
    assert "12 PP, 7 OP" in text and "13 PP, 8 OP" in text
    _, html = _outputs(cells["outline"])
    assert "resdiff-draft" in html and "<code>OP4(a)(ii)</code>" in html
    text, _ = _outputs(cells["compare"])
    assert "Chapter VII: dropped" in text and "Direction:   softer" in text
    _, html = _outputs(cells["report"])
    assert html.startswith('<div class="resdiff">') and "<del>" in html
    text, _ = _outputs(cells["softened"])
    assert "PP12 → PP13" in text and "operative verb weakened: decides → requires" in text
    _, html = _outputs(cells["frame"])
    assert '<table border="1" class="dataframe' in html and "OP4 → OP3" in html
    text, _ = _outputs(cells["frame-count"])
    assert "softened" in text
    text, _ = _outputs(cells["chapter"])
    assert "japan-draft.txt → S/RES/1695 (2006): Chapter VII dropped" in text
    assert "china-russia-draft.txt → S/RES/1695 (2006): Chapter VII absent" in text
    assert "Chapter VII dropped" in text.splitlines()[-1]
