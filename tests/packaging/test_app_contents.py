"""The built app carries every resource, every migration and every module of ours.

These run without PyInstaller: they read the lists the spec builds the app from.
"""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

from exports import fonts
from tests.packaging.conftest import PACKAGING
from ui.cockpit.actions import EXPORT_DIALOG_MODULE
from ui.pages import PAGE_MODULES

ROOT = PACKAGING.parent


def bundled(app_contents: ModuleType, root: Path = ROOT) -> set[tuple[str, str]]:
    """(path inside the app, file name) of every data file the spec bundles."""
    return {
        (folder.replace("\\", "/"), Path(source).name)
        for source, folder in app_contents.data_files(root)
    }


def test_every_resource_file_is_bundled_in_its_own_folder(app_contents: ModuleType) -> None:
    files = [
        path
        for path in (ROOT / "resources").rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"}
    ]
    assert files
    in_tree = {(path.parent.relative_to(ROOT).as_posix(), path.name) for path in files}
    assert in_tree <= bundled(app_contents)


def test_every_resources_folder_is_in_the_app(app_contents: ModuleType) -> None:
    folders = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "resources").rglob("*")
        if path.is_dir() and path.name != "__pycache__" and any(path.iterdir())
    }
    assert {"resources/agendas", "resources/quality", "resources/styles"} <= folders
    assert folders <= {folder for folder, _ in bundled(app_contents)}


def test_a_new_resource_folder_goes_in_without_touching_the_spec(
    app_contents: ModuleType, tmp_path: Path
) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "okr_workshop_de.qm").write_bytes(b"\x3c\xb8")
    (tmp_path / "resources" / "__init__.py").write_text("")
    (tmp_path / "resources" / "__pycache__").mkdir()
    (tmp_path / "resources" / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"")
    (tmp_path / "workshop" / "migrations" / "versions").mkdir(parents=True)
    (tmp_path / "workshop" / "migrations" / "versions" / "0099_new.py").write_text("")
    (tmp_path / "ui" / "phones").mkdir(parents=True)

    assert bundled(app_contents, tmp_path) == {
        ("resources/translations", "okr_workshop_de.qm"),
        ("workshop/migrations/versions", "0099_new.py"),
    }


def test_every_migration_is_bundled_as_a_file_alembic_can_read(app_contents: ModuleType) -> None:
    migrations = ROOT / "workshop" / "migrations"
    revisions = {path.name for path in (migrations / "versions").glob("*.py")}
    assert "0001_initial.py" in revisions
    inside = bundled(app_contents)
    assert {("workshop/migrations/versions", name) for name in revisions} <= inside
    assert ("workshop/migrations", "env.py") in inside
    assert ("workshop/migrations", "script.py.mako") in inside


def test_the_phone_page_is_bundled(app_contents: ModuleType) -> None:
    assert ("ui/phones", "page.html") in bundled(app_contents)


def test_every_module_of_ours_is_in_the_app(app_contents: ModuleType) -> None:
    modules = set(app_contents.our_modules())
    for package in app_contents.PACKAGES:
        assert package in modules
        found = {
            info.name
            for info in pkgutil.walk_packages([str(ROOT / package)], prefix=f"{package}.")
            if not info.name.startswith("workshop.migrations")
        }
        assert found <= modules, found - modules
    assert not {name for name in modules if name.startswith("workshop.migrations")}


def test_the_modules_loaded_by_name_are_in_the_app(app_contents: ModuleType) -> None:
    modules = set(app_contents.our_modules())
    pages = {f"ui.pages.{name}" for name in PAGE_MODULES.values()}
    assert pages
    assert pages <= modules
    assert EXPORT_DIALOG_MODULE in modules


def test_the_sheets_take_dejavu_from_the_apps_own_fonts_first(
    app_contents: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert fonts.APP_FONTS == ROOT / app_contents.SHEET_FONTS
    for name in fonts.DEJAVU_FILES.values():
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setattr(fonts, "APP_FONTS", tmp_path)

    found = fonts.find_dejavu()

    assert found == {style: tmp_path / name for style, name in fonts.DEJAVU_FILES.items()}


def spec_calls() -> set[str]:
    tree = ast.parse((PACKAGING / "okr-workshop.spec").read_text(encoding="utf-8"))
    calls = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            argument = node.args[0] if node.args else None
            name = argument.value if isinstance(argument, ast.Constant) else ""
            calls.add(f"{node.func.id}({name})" if name else node.func.id)
    return calls


@pytest.mark.parametrize(
    "call",
    [
        "data_files",  # resources, migrations, the phone page
        "our_modules",  # the pages and dialogs imported by name
        "collect_data_files(reportlab)",  # ReportLab's fonts
        "collect_submodules(alembic)",  # what the migrations import
        "find_dejavu",  # the sheets' font
    ],
)
def test_the_spec_builds_from_the_lists(call: str) -> None:
    assert call in spec_calls()
