"""Where a workshop file is shown to live."""

from __future__ import annotations

from pathlib import Path

from ui.places import shown_location


def test_a_file_under_home_reads_from_the_tilde(tmp_path: Path) -> None:
    file = tmp_path / "Documents" / "team.sqlite"
    assert shown_location(str(file), home=tmp_path) == str(Path("~") / "Documents" / "team.sqlite")


def test_other_files_and_urls_read_as_given(tmp_path: Path) -> None:
    assert shown_location("/srv/okr/team.sqlite", home=tmp_path) == "/srv/okr/team.sqlite"
    assert shown_location("postgresql://db/okr", home=tmp_path) == "postgresql://db/okr"
