"""The frozen build (issue 12 point 6): build time, sizes, and launch -> sign-in window of the frozen
app against the source run and a bare PySide6 window, in the same run.

    .venv/bin/python benchmarks/bench_frozen.py [--runs 5] [--no-build]
    xvfb-run -a -s "-screen 0 1280x1024x24" .venv/bin/python benchmarks/bench_frozen.py   # real windows

1. Build time: wall time of ``packaging/build`` (PyInstaller, one-folder, ``--clean``) and of
   ``packaging/build-deb``; ``--no-build`` measures the existing ``dist/`` instead.
2. Size of ``dist/workbench/`` (bytes on disk) and of the ``.deb``.
3. Start-up of one demo profile (benchmarks/out/startup-300: 300 prisoners, generated once by the
   source run, as bench_startup.py does), launched through the real path as ``--demo --auto-sign-in
   demo.supervisor --quit-when-ready``: the frozen ``dist/workbench/workbench``, the source run
   (``python -m workbench``) and bench_startup.py's bare PySide6 window, interleaved run by run so
   each sees the same load. Two waits: launch -> sign-in window (this script's wall time until the app
   prints that line) and launch -> caseload on screen. Medians, and ratios against the bare window.
   Real windows under Xvfb when ``DISPLAY`` is set, else the offscreen platform (printed).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_startup import BARE, OUT, PY, ROOT, _cell, _profile, _seen, _timed

FROZEN = ROOT / "dist" / "workbench" / "workbench"


def _build(script: str) -> float:
    t0 = time.perf_counter()
    subprocess.run(["bash", script], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _launch(program: list[str], profile: Path) -> list[str]:
    return [
        *program,
        "--demo",
        "--data-dir",
        str(profile),
        "--auto-sign-in",
        "demo.supervisor",
        "--quit-when-ready",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-build", action="store_true", help="measure the existing dist/ (no rebuild)")
    args = parser.parse_args()

    if not args.no_build:
        build_s = _build("packaging/build")
        deb_s = _build("packaging/build-deb")
        print(f"build: packaging/build {build_s:.1f} s, packaging/build-deb {deb_s:.1f} s")
    debs = sorted(
        (ROOT / "dist").glob("offender-supervisor-workbench_*.deb"), key=lambda p: p.stat().st_mtime
    )
    if not FROZEN.exists() or not debs:
        raise SystemExit("no dist/workbench or .deb: run without --no-build (or packaging/build, build-deb)")
    folder_mib, deb_mib = _size(FROZEN.parent) / 2**20, _size(debs[-1]) / 2**20
    print(f"size: dist/workbench {folder_mib:.0f} MiB, {debs[-1].name} {deb_mib:.0f} MiB")

    OUT.mkdir(exist_ok=True)
    profile = _profile(300)  # bench_startup's generator: the source app makes a demo profile of 300 once
    programs = {  # one after the other on the same profile: both read the same database
        "source run": _launch([PY, "-m", "workbench"], profile),
        "frozen build": _launch([str(FROZEN)], profile),
    }
    bare: list[float] = []
    signin: dict[str, list[float]] = {name: [] for name in programs}
    caseload: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(args.runs):
        bare.append(_timed([PY, "-c", BARE])[0])
        for name, cmd in programs.items():
            seen, _, output = _timed(cmd)
            caseload[name].append(seen)
            window = _seen(output, "sign-in window visible")
            if window is None:
                raise SystemExit(f"{name}: no sign-in window line:\n{output}")
            signin[name].append(window)
    bare_s = statistics.median(bare)
    platform = "xcb (Xvfb)" if os.environ.get("DISPLAY") else "offscreen"
    print(f"\nlaunch times, median of {args.runs} ({platform}); ratios against the bare window")
    print(f"{'':>22} {'launch -> sign-in window':>25} {'launch -> caseload':>20}")
    print(f"{'bare PySide6 window':>22} {_cell(bare_s, bare_s):>25} {_cell(bare_s, bare_s):>20}")
    for name in programs:
        window_s, case_s = statistics.median(signin[name]), statistics.median(caseload[name])
        print(f"{name:>22} {_cell(window_s, bare_s):>25} {_cell(case_s, bare_s):>20}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
