"""Fixtures shared by every test folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import facilitation.engine
import facilitation.workshops
import ui
from facilitation.engine.base import EnginePart, local_now
from facilitation.timer import monotonic
from tests.clocks import FakeClock, FakeWall
from workshop.store import Store, open_store

# The stores on each backend: a SQLite file, and PostgreSQL where a server is given.
pytest_plugins = ("tests.backends",)

TESTS = Path(__file__).parent
ENGINE = Path(facilitation.engine.__file__).parent
WINDOWS = Path(ui.__file__).parent
COMMAND_LINE = {str(WINDOWS / "cli_commands.py")}
"""The command line runs on the real clocks: its tests run it as a person types it."""


@pytest.fixture
def clock() -> FakeClock:
    """The test's monotonic clock: it moves only with ``clock.advance``."""
    return FakeClock()


@pytest.fixture
def wall(clock: FakeClock) -> FakeWall:
    """The local time of the test's workshop day, moving with ``clock``."""
    return FakeWall(clock)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "workshops.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    """A new store in its own temporary SQLite file."""
    opened = open_store(store_path)
    yield opened
    opened.close()


class RealClockInTest(AssertionError):
    """A test built an engine on the real clock or date instead of the fakes."""


def built_by_a_test() -> bool:
    """Whether the code that builds an engine is a test's: past the engine's own
    modules, this check (for the parts an engine builds) and the windows (a window a
    test opens builds its engine on the clocks the test gave it)."""
    frame = sys._getframe(2)
    while frame is not None and (
        Path(frame.f_code.co_filename).is_relative_to(ENGINE)
        or frame.f_code.co_filename == __file__
        or (
            Path(frame.f_code.co_filename).is_relative_to(WINDOWS)
            and frame.f_code.co_filename not in COMMAND_LINE
        )
    ):
        frame = frame.f_back  # type: ignore[assignment]
    return frame is not None and Path(frame.f_code.co_filename).is_relative_to(TESTS)


@pytest.fixture(autouse=True)
def engines_on_fake_clocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail a test that builds an engine on the real clock or date (use ``tests.clocks``)."""
    build = EnginePart.__init__

    def checked(self: EnginePart, *args: Any, **kwargs: Any) -> None:
        build(self, *args, **kwargs)
        if (self.clock is monotonic or self.wall is local_now) and built_by_a_test():
            raise RealClockInTest(
                f"{type(self).__name__} was built on the real clock: build it with "
                "tests.clocks.fake_engine, or pass a FakeClock and a FakeWall."
            )

    monkeypatch.setattr(EnginePart, "__init__", checked)


@pytest.fixture(autouse=True)
def workshops_made_on_the_fake_wall(monkeypatch: pytest.MonkeyPatch) -> None:
    """A workshop a test makes without naming a clock is stamped by a fake wall clock."""
    monkeypatch.setattr(facilitation.workshops, "local_now", FakeWall(FakeClock()))
