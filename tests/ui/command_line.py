"""The ``okr-workshop`` command run in the test's own process, as a script would run it."""

from __future__ import annotations

import pytest

from ui.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The exit status, and what the command printed on stdout and on stderr."""
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err
