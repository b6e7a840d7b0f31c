"""Workshops from fuzzed JSON files that import also open in the window, on every page."""

from __future__ import annotations

import random
from collections.abc import Callable

import pytest

from facilitation import imports
from tests.clocks import fake_engine
from tests.workshop.samples import build_full_workshop
from tests.workshop.test_json_fuzz import mutate
from ui.main_window import MainWindow
from workshop import interchange
from workshop.store import Store, ValueNotStorable, open_store

OPENED = 4


@pytest.mark.slow
def test_fuzzed_workshops_that_import_open_on_every_page(
    make_window: Callable[[Store], MainWindow], store: Store
) -> None:
    source = open_store(store.path.with_name("source.sqlite"))  # type: ignore[union-attr]
    base = interchange.export_workshop(source, build_full_workshop(source))
    source.close()
    rng = random.Random(20261201)
    imported: list[int] = []
    for _ in range(400):
        try:
            imported.append(imports.import_text(store, mutate(base, rng)))
        except (interchange.InterchangeError, ValueNotStorable):
            continue
        if len(imported) == OPENED:
            break
    assert len(imported) == OPENED

    window = make_window(store)
    for workshop_id in imported:
        cockpit = window.open_workshop(workshop_id)
        assert cockpit is not None, f"workshop {workshop_id} did not open"
        for step in fake_engine(store, workshop_id).agenda.steps():
            cockpit.go_to(step.id)
            assert cockpit.isVisible()
