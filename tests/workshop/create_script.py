"""Create a new workshop file and kill this process at its Nth step: the kill test's child.

A step is one SQL statement, or one of the file moves that put the new file in place.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

from sqlalchemy import Engine, event

from workshop.store import open_store


def main(path: str, kill_at: int) -> None:
    steps = 0

    def step(*_: Any) -> None:
        nonlocal steps
        steps += 1
        if steps == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute", step)
    for name in ("fsync", "link", "replace"):
        original = getattr(os, name)

        def counted(*args: Any, _original: Any = original) -> Any:
            step()
            return _original(*args)

        setattr(os, name, counted)
    open_store(path).close()
    print(steps, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
