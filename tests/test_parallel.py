"""Where the work runs: in this process, in this machine's processes (Dask or the standard
pool), or on a dask.distributed cluster, always with the same results in input order."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from corpus_fixtures import write_series

from resdiff import parallel
from resdiff.corpus import Corpus
from resdiff.parallel import SCHEDULER_ENV, SchedulerError, parallel_map, resolve_scheduler


def square(n: int) -> int:
    return n * n


def pid_of(_: int) -> int:
    return os.getpid()


def fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


def test_schedulers_are_named_by_argument_or_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(SCHEDULER_ENV, raising=False)
    assert resolve_scheduler(None) == "processes"
    assert resolve_scheduler("sync") == "sync"
    assert resolve_scheduler("tcp://10.0.0.1:8786") == "tcp://10.0.0.1:8786"
    monkeypatch.setenv(SCHEDULER_ENV, "sync")
    assert resolve_scheduler(None) == "sync"
    assert resolve_scheduler("processes") == "processes"
    monkeypatch.setenv(SCHEDULER_ENV, "http://nowhere")
    with pytest.raises(SchedulerError, match=f"{SCHEDULER_ENV}='http://nowhere': expected"):
        resolve_scheduler(None)
    with pytest.raises(SchedulerError, match="--scheduler 'threads': expected"):
        resolve_scheduler("threads")


@pytest.mark.parametrize("scheduler", ["sync", "processes"])
def test_results_come_back_in_input_order(scheduler: str) -> None:
    items = list(range(12, 0, -1))
    assert parallel_map(square, items, scheduler=scheduler) == [n * n for n in items]
    assert parallel_map(square, [], scheduler=scheduler) == []


def test_sync_runs_here_and_processes_elsewhere() -> None:
    assert set(parallel_map(pid_of, [1, 2], scheduler="sync")) == {os.getpid()}
    assert os.getpid() not in parallel_map(pid_of, [1, 2, 3, 4], scheduler="processes")


def test_without_dask_local_work_uses_the_standard_pool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "_dask_installed", lambda: False)
    called: list[int] = []
    original = parallel._standard_pool

    def spy(fn, items, advance):  # type: ignore[no-untyped-def]
        called.append(len(items))
        return original(fn, items, advance)

    monkeypatch.setattr(parallel, "_standard_pool", spy)
    assert parallel_map(square, [3, 1, 2], scheduler="processes") == [9, 1, 4]
    assert called == [3]


def test_without_dask_a_cluster_address_says_to_install_the_extra(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "_dask_installed", lambda: False)
    with pytest.raises(SchedulerError, match=r"pip install 'resdiff\[scale\]'"):
        parallel_map(square, [1, 2], scheduler="tcp://127.0.0.1:8786")


def test_an_unreachable_cluster_is_one_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    monkeypatch.setattr(parallel, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(
        SchedulerError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        parallel_map(square, [1, 2], scheduler="tcp://127.0.0.1:9")


@pytest.mark.parametrize(
    "address", ["tcp://:abc", "tcp://", "inproc://10.0.0.1/1/1", "inproc://nonsense"]
)
def test_an_unusable_address_is_refused_before_any_client_is_made(
    address: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A client that failed to start (a port that is no number, another process's
    # inproc:// address) held the exit for 20 s and printed a Dask traceback.
    distributed = pytest.importorskip("distributed")

    def no_client(*args: object, **kwargs: object) -> None:
        raise AssertionError("a Client was made")

    monkeypatch.setattr(distributed, "Client", no_client)
    with pytest.raises(SchedulerError, match="not a usable address"):
        parallel_map(square, [1, 2], scheduler=address)


def test_an_unusable_address_is_one_line_at_the_command_line(tmp_path: Path) -> None:
    import subprocess
    import sys

    pytest.importorskip("distributed")
    texts = write_series(tmp_path / "texts")
    run = subprocess.run(
        [sys.executable, "-m", "resdiff", "index", "build", str(texts[0]),
         "-o", str(tmp_path / "c.rdx"), "--scheduler", "tcp://:abc"],
        capture_output=True, text=True, timeout=15,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
    )  # fmt: skip
    assert run.returncode == 2
    assert run.stderr.count("\n") == 1 and "not a usable address" in run.stderr


@pytest.mark.parametrize("scheduler", ["sync", "processes"])
def test_an_error_in_the_work_is_raised_here(scheduler: str) -> None:
    with pytest.raises(ValueError, match="three"):
        parallel_map(fail_on_three, [1, 2, 3, 4], scheduler=scheduler)


def _dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return list(db.iterdump())


def test_an_index_built_on_a_dask_cluster_is_the_one_built_in_one_process(
    tmp_path: Path,
) -> None:
    distributed = pytest.importorskip("distributed")
    texts = write_series(tmp_path / "texts", range(2015, 2021))
    Corpus.build(texts, tmp_path / "one.rdx", scheduler="sync").close()
    Corpus.build(texts, tmp_path / "local.rdx", scheduler="processes").close()
    # No Client of the test's own: resdiff connects to the scheduler's address as a user's
    # command does, with no default client in the process.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
        host="127.0.0.1",
    ) as cluster:  # fmt: skip
        assert len(cluster.workers) == 2
        Corpus.build(texts, tmp_path / "cluster.rdx", scheduler=cluster.scheduler_address).close()
        # The work ran on the workers, not here.
        pids = parallel_map(pid_of, [1, 2, 3, 4], scheduler=cluster.scheduler_address)
        assert os.getpid() not in pids
    one = _dump(tmp_path / "one.rdx")
    assert len(one) > 20
    assert _dump(tmp_path / "cluster.rdx") == one
    assert _dump(tmp_path / "local.rdx") == one


@pytest.mark.parametrize("dask", [True, False])
def test_a_script_that_builds_at_top_level_runs_once_and_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, dask: bool
) -> None:
    # The README shows Corpus.build at top level; run as a script, its worker processes
    # (spawned by Dask, or by the standard pool under "spawn") ran the script again and
    # the pool broke (BrokenProcessPool), printing its output once per worker.
    import subprocess
    import sys

    examples = Path(__file__).resolve().parent.parent / "examples" / "dprk-2006"
    script = tmp_path / "build_it.py"
    script.write_text(
        "import multiprocessing, sys\n"
        "import resdiff.parallel as P\n"
        f"if not {dask}:\n"
        "    P._dask_installed = lambda: False\n"
        "    multiprocessing.set_start_method('spawn', force=True)\n"
        "from resdiff import Corpus\n"
        "print('top-level code ran')\n"
        f"corpus = Corpus.build([{str(examples / '*.txt')!r}], {str(tmp_path / 'c.rdx')!r})\n"
        "print(len(corpus.documents()), 'texts')\n",
        encoding="utf-8",
    )
    monkeypatch.delenv(SCHEDULER_ENV, raising=False)
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == ["top-level code ran", "3 texts"]


def test_a_function_of_the_guarded_main_script_still_runs_in_spawned_workers(
    tmp_path: Path,
) -> None:
    # The main script is hidden from the workers only for resdiff's own functions: one the
    # caller defined in its (guarded) script must still be found there (a review's
    # finding: AttributeError, then BrokenProcessPool).
    import subprocess
    import sys

    script = tmp_path / "own_fn.py"
    script.write_text(
        "import multiprocessing\n"
        "import resdiff.parallel as P\n"
        "P._dask_installed = lambda: False\n"
        "def square(x):\n"
        "    return x * x\n"
        "if __name__ == '__main__':\n"
        "    multiprocessing.set_start_method('spawn', force=True)\n"
        "    print(P.parallel_map(square, [1, 2, 3], scheduler='processes'))\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[1, 4, 9]"
