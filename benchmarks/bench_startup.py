"""Start-up, filter latency and peak memory of the desktop app at an establishment and a region.

    .venv/bin/python benchmarks/bench_startup.py [--counts 1600 20000] [--runs 5]

Measured on this machine in one run, each against a baseline from the same run (DESIGN.md section 8):

1. Start-up, as two waits a person sees, each against a bare PySide6 window with an empty table
   launched the same way in the same run (``workbench --demo --auto-sign-in demo.supervisor
   --quit-when-ready``):
   a. launch -> sign-in window on screen (wall time seen by this script when the app prints
      "sign-in window visible"); the store opens on a worker thread meanwhile;
   b. Sign in pressed -> caseload on screen (the app's own figure: argon2 check, building the window,
      loading the caseload). The app presses Sign in as soon as the store is open, as a person
      typing would find it; "store open" (launch -> store open and caseload warm) is shown too.
   Also launch -> caseload on screen. Real windows under Xvfb when it is installed, else the
   offscreen platform. Reported as medians and their ratio to the bare window.
2. Filter latency per keystroke at the largest count: typing a surname one letter at a time into the
   real filter box of the real window, timed from the key event to the proxy having re-filtered,
   against the equivalent raw SQLite query (``search_key LIKE '%text%'`` through plain sqlcipher3) per
   prefix. Median ms and ratio.
3. Peak memory (max RSS) of the app process at each count, from the kernel's accounting of the child.

Profiles are demo profiles under benchmarks/out/startup-N (git-ignored), generated on first use.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = Path(__file__).resolve().parent / "out"
PY = sys.executable

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QTableView()); w.resize(1400, 860); w.show(); app.processEvents()
print("caseload visible", flush=True)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _timed(cmd: list[str]) -> tuple[float, int, str]:
    """Seconds from launch until the 'caseload visible' line, the child's max RSS in KiB, and its output.

    For a caseload loaded in two stages the app also prints 'caseload complete'; ``_complete`` reads it.
    The output is prefixed with this script's own launch-relative times of the lines ("@1.234 ...").
    """
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=_env(), text=True)
    assert proc.stdout is not None
    seen = None
    lines = []
    for line in proc.stdout:
        lines.append(f"@{time.perf_counter() - t0:.4f} {line}")
        if "caseload visible" in line and seen is None:
            seen = time.perf_counter() - t0
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if seen is None or proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{''.join(lines)}")
    return seen, usage.ru_maxrss, "".join(lines)


def _seen(output: str, marker: str) -> float | None:
    """This script's launch-relative time of the first output line starting with ``marker``."""
    for line in output.splitlines():
        stamp, _, text = line.partition(" ")
        if text.startswith(marker):
            return float(stamp[1:])
    return None


def _reported(output: str, marker: str) -> float | None:
    """The app's own 'MARKER … in X s' figure, else None."""
    for line in output.splitlines():
        text = line.partition(" ")[2]
        if text.startswith(marker):
            return float(text.rsplit(" in ", 1)[1].split()[0])
    return None


def _complete(output: str) -> float | None:
    """The app's own 'caseload complete … in X s' figure (two-stage loads only), else None."""
    return _reported(output, "caseload complete")


def _profile(count: int) -> Path:
    path = OUT / f"startup-{count}"
    marker = path / "ready"
    if not marker.exists():
        shutil.rmtree(path, ignore_errors=True)
        print(f"generating a demo profile of {count:,} prisoners in {path} ...", flush=True)
        t0 = time.perf_counter()
        _timed([*_app(path), "--demo-prisoners", str(count)])
        marker.write_text(f"{count}\n")
        print(f"  generated in {time.perf_counter() - t0:.1f} s", flush=True)
    return path


def _app(path: Path) -> list[str]:
    return [
        PY,
        "-m",
        "workbench",
        "--demo",
        "--data-dir",
        str(path),
        "--auto-sign-in",
        "demo.supervisor",
        "--quit-when-ready",
    ]


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def _cell(value: float | None, bare: float) -> str:
    return f"{value:8.3f} s {value / bare:6.2f}x" if value is not None else f"{'-':>10} {'-':>7}"


def startup(counts: list[int], runs: int) -> dict[int, int]:
    peaks: dict[int, int] = {}
    paths = {count: _profile(count) for count in counts}
    # Interleaved (bare, then each count, run after run) so that every figure and its baseline see
    # the same load on a shared machine.
    bare: list[tuple[float, int, str]] = []
    measured: dict[int, list[tuple[float, int, str]]] = {count: [] for count in counts}
    for _ in range(runs):
        bare.append(_timed([PY, "-c", BARE]))
        for count in counts:
            measured[count].append(_timed(_app(paths[count])))
    bare_s = statistics.median(t for t, _, _ in bare)
    print(
        f"\nstart-up (median of {runs}; platform "
        f"{'xcb (Xvfb)' if os.environ.get('DISPLAY') else 'offscreen'}); ratios against the bare window"
    )
    print(
        f"{'':>22} {'launch -> sign-in window':>25} {'Sign in -> caseload':>20} {'launch -> caseload':>20}"
        f" {'store open':>10} {'peak MB':>8}  whole caseload loaded"
    )
    print(
        f"{'bare PySide6 window':>22} {_cell(bare_s, bare_s):>25} {'':>20} {_cell(bare_s, bare_s):>20}"
        f" {'':>10} {statistics.median(m for _, m, _ in bare) / 1024:8.0f}"
    )
    for count in counts:
        results = measured[count]
        med = statistics.median(t for t, _, _ in results)
        peak = max(m for _, m, _ in results)
        peaks[count] = peak
        window = _median([_seen(out, "sign-in window visible") for _, _, out in results])
        signed = _median([_reported(out, "sign-in to caseload visible") for _, _, out in results])
        ready = _median([_reported(out, "store open and caseload warm") for _, _, out in results])
        complete = _median([_complete(out) for _, _, out in results])
        extra = f"  {complete:.3f} s after launch" if complete is not None else "  (at once)"
        print(
            f"{f'workbench, {count:,}':>22} {_cell(window, bare_s):>25} {_cell(signed, bare_s):>20} "
            f"{_cell(med, bare_s):>20} {f'{ready:.3f} s' if ready else '-':>10} {peak / 1024:8.0f}{extra}"
        )
    return peaks


FILTER_PROBE = r"""
import statistics, sys, time
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import sqlcipher3
from workbench.app import build_core
from workbench.config import resolve_settings
from workbench.gui.events import EventBus
from workbench.gui.main_window import MainWindow
from workbench.gui.tasks import TaskRunner
from workbench.security.secrets import DemoKeyFile

app = QApplication(sys.argv[:1])
settings = resolve_settings(Path(sys.argv[1]), demo=True)
core = build_core(settings)
user = core.services.auth.sign_in("demo.supervisor", "demo-supervisor-1")
window = MainWindow(core.services, user, EventBus(), TaskRunner(), establishment_name="bench", demo=True,
                    idle_minutes=60)
window.load_now()
window.show()
while not window.caseload_complete:  # a region-sized caseload finishes loading in the background
    app.processEvents()
    time.sleep(0.01)
app.processEvents()
rows = window.model.rowCount()
# A surname present in the data, typed letter by letter, then deleted again.
word = window.model.row_at(rows // 2).family_name.lower()
edit = window.filter_edit
edit.setFocus()
gui_ms = []
for ch in word:
    t0 = time.perf_counter()
    QTest.keyClick(edit, ch)
    window.proxy.rowCount()
    gui_ms.append((time.perf_counter() - t0) * 1000)
for _ in word:
    t0 = time.perf_counter()
    QTest.keyClick(edit, Qt.Key.Key_Backspace)
    window.proxy.rowCount()
    gui_ms.append((time.perf_counter() - t0) * 1000)
window.tasks.wait_all()  # no background work may outlive the window (Qt aborts at exit)
window.case_page.discard_unsaved_work()
window.close()
app.processEvents()
core.store.close()

key = DemoKeyFile(settings.data_dir).database_key("", create=False)
conn = sqlcipher3.connect(str(settings.database_path))
conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
sql_ms = []
prefixes = [word[: i + 1] for i in range(len(word))] + [word[:i] for i in range(len(word) - 1, -1, -1)]
conn.execute("SELECT count(*) FROM prisoner").fetchone()
for p in prefixes:
    t0 = time.perf_counter()
    conn.execute(
        "SELECT id FROM prisoner WHERE deleted_at IS NULL AND search_key LIKE ?", (f"%{p}%",)
    ).fetchall()
    sql_ms.append((time.perf_counter() - t0) * 1000)
gui, sql = statistics.median(gui_ms), statistics.median(sql_ms)
print(f"RESULT {rows} {gui:.2f} {sql:.2f} {max(gui_ms):.2f} {len(gui_ms)}")
"""


def filter_latency(count: int) -> None:
    path = _profile(count)
    out = subprocess.run(
        [PY, "-c", FILTER_PROBE, str(path)], capture_output=True, text=True, env=_env(), check=True
    )
    line = next(row for row in out.stdout.splitlines() if row.startswith("RESULT"))
    _, rows, gui, sql, worst, n = line.split()
    print(
        f"\nfilter as you type at {int(rows):,} prisoners ({n} keystrokes, typing a surname then deleting it)"
    )
    print(
        f"  window (key event to re-filtered proxy): median {float(gui):.2f} ms, worst {float(worst):.2f} ms"
    )
    print(f"  raw SQLite LIKE query per prefix:        median {float(sql):.2f} ms")
    print(f"  ratio: {float(gui) / float(sql):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--counts", type=int, nargs="+", default=[1600, 20000])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    startup(args.counts, args.runs)
    filter_latency(max(args.counts))


if __name__ == "__main__":
    main()
