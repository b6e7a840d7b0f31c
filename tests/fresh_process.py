"""A few lines run in a new Python process: what a start-up or a command imports.

A test in this process cannot see that, because pytest and the other tests have already
imported most of the project.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_fresh(code: str) -> tuple[list[str], set[str]]:
    """Run the code from the project's folder in a new process; the lines it printed, and
    the top-level packages it had imported by its end."""
    probe = f"{code}\nimport sys\nprint(sorted({{m.split('.')[0] for m in sys.modules}}))\n"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    *printed, loaded = result.stdout.strip().splitlines()
    return printed, set(ast.literal_eval(loaded))
