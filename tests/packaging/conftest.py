"""The packaging folder is not a package (its name would hide the ``packaging`` library),
so its module is loaded from its file."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


@pytest.fixture(scope="session")
def app_contents() -> ModuleType:
    spec = importlib.util.spec_from_file_location("app_contents", PACKAGING / "app_contents.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
