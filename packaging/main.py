"""Entry point of the frozen build (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import os
import sys

from workbench.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless a library starts a child process on Windows
    # The windowed Windows program (workbenchw.exe) has no console: PyInstaller leaves sys.stdout and
    # sys.stderr as None there, and libraries that write to them or ask isatty() (uvicorn's log
    # formatter in the demo's embedded central record) would fail. The log file is unaffected.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole run
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the whole run
    sys.exit(main())
