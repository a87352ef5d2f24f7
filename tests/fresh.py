"""Run Python code in a fresh interpreter: what a cold start of a program sees."""

from __future__ import annotations

import subprocess
import sys


def run(code: str) -> subprocess.CompletedProcess[str]:
    """Run *code* with this interpreter in a new process; its output as text."""
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
