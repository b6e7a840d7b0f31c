"""Before the window opens on Linux: the missing system libraries, named with their packages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ui.platform_check import distribution, missing_libraries, platform_problem, xcb_plugin

X11 = {"DISPLAY": ":0"}
MISSING = ["libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1"]


def refuse(path: str) -> object:
    raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file or directory")


def os_release(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "os-release"
    path.write_text(text)
    return path


def xcb_refused(tmp_path: Path, missing: list[str], family: str) -> str:
    """The message when Qt's xcb plugin fails to load on this Linux family, with ldd naming
    the missing libraries (none when ldd cannot tell)."""
    return platform_problem(
        X11,
        "linux",
        plugin=tmp_path / "libqxcb.so",
        load=refuse,
        list_missing=lambda plugin: missing,
        family=lambda: family,
    )


def test_a_fresh_debian_is_told_the_packages_and_the_one_command(tmp_path: Path) -> None:
    message = xcb_refused(tmp_path, MISSING, "debian")
    assert message.count("\n") == 0
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert message.endswith(
        "Install them with: sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    )


def test_fedora_gets_its_own_package_names(tmp_path: Path) -> None:
    message = xcb_refused(tmp_path, MISSING, "fedora")
    assert message.endswith(
        "Install them with: sudo dnf install xcb-util-cursor xcb-util-keysyms xcb-util-wm"
    )


def test_without_ldd_the_library_the_loader_names_is_shown(tmp_path: Path) -> None:
    message = xcb_refused(tmp_path, [], "debian")
    assert "(libxcb-icccm.so.4)" in message
    assert message.endswith("sudo apt-get install libxcb-icccm4")


@pytest.mark.parametrize(
    ("environ", "platform"),
    [
        ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, "linux"),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux"),
        (X11, "win32"),
        (X11, "darwin"),
    ],
)
def test_only_linux_through_x11_is_checked(environ: dict[str, str], platform: str) -> None:
    assert platform_problem(environ, platform, load=refuse) == ""


def test_this_machine_can_load_the_plugin() -> None:
    plugin = xcb_plugin()
    if plugin is None:
        pytest.skip("PySide6 has no xcb plugin on this platform")
    assert platform_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") == ""


def test_ldd_names_what_a_plugin_cannot_find(tmp_path: Path) -> None:
    """A copy of the plugin away from Qt's own libraries misses them, as ldd reports."""
    plugin = xcb_plugin()
    if plugin is None or shutil.which("ldd") is None:
        pytest.skip("needs PySide6's xcb plugin and ldd")
    stray = tmp_path / "platforms" / "libqxcb.so"
    stray.parent.mkdir()
    shutil.copy(plugin, stray)
    assert "libQt6XcbQpa.so.6" in missing_libraries(stray)


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ('ID=debian\nVERSION_ID="12"\n', "debian"),
        ("ID=ubuntu\nID_LIKE=debian\n", "debian"),
        ('ID=linuxmint\nID_LIKE="ubuntu debian"\n', "debian"),
        ('ID="rocky"\nID_LIKE="rhel centos fedora"\n', "fedora"),
        ("ID=arch\n", ""),
    ],
)
def test_the_linux_family_comes_from_os_release(tmp_path: Path, text: str, family: str) -> None:
    assert distribution(os_release(tmp_path, text)) == family
