"""Entry point of the frozen build (PyInstaller runs this file as ``__main__``)."""

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a no-op unless a library starts a child process on Windows
    sys.exit(main())
