"""Whether Qt can open a window on this Linux desktop, checked before it tries.

Qt's X11 plugin (xcb) needs system libraries that a fresh Linux machine may not
have. Without them Qt aborts with a message that names the wrong one. This check
loads the plugin the way Qt would; when that fails it lists every missing library,
the packages that hold them, and the one command that installs them.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

PACKAGES = {
    # library: (Debian and Ubuntu package, Fedora package)
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}
"""The system libraries Qt's xcb plugin loads, and the packages that hold them."""

INSTALLERS = {"debian": "sudo apt-get install", "fedora": "sudo dnf install"}


def xcb_plugin() -> Path | None:
    """PySide6's xcb plugin, found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    plugin = Path(spec.origin).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return plugin if plugin.exists() else None


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will open the window through X11 here."""
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_libraries(plugin: Path) -> list[str]:
    """Every library the plugin needs that the system cannot find, as ``ldd`` says."""
    try:
        listing = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, check=False, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(
        {line.split()[0] for line in listing.splitlines() if "not found" in line and line.split()}
    )


def distribution(os_release: Path = Path("/etc/os-release")) -> str:
    """``debian`` or ``fedora`` for the family this Linux belongs to, else ``""``."""
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return ""
    words = {
        word.strip("\"'")
        for line in text.splitlines()
        if line.startswith(("id=", "id_like="))
        for word in line.partition("=")[2].split()
    }
    if words & {"debian", "ubuntu"}:
        return "debian"
    if words & {"fedora", "rhel", "centos"}:
        return "fedora"
    return ""


def install_advice(libraries: list[str], family: str) -> str:
    """The packages for these libraries and the one command that installs them."""
    if family not in INSTALLERS:
        return "Install the packages of your Linux that provide them, then start again."
    column = 0 if family == "debian" else 1
    packages = sorted({PACKAGES[lib][column] for lib in libraries if lib in PACKAGES})
    if not packages:
        return "Install the packages of your Linux that provide them, then start again."
    return f"Install them with: {INSTALLERS[family]} {' '.join(packages)}"


def platform_problem(
    environ: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    plugin: Path | None = None,
    load: Callable[[str], object] = ctypes.CDLL,
    list_missing: Callable[[Path], list[str]] = missing_libraries,
    family: Callable[[], str] = distribution,
) -> str:
    """Why Qt cannot open the window here, with what to install; empty when it can."""
    if not platform.startswith("linux") or not uses_xcb(environ):
        return ""
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return ""
    try:
        load(str(plugin))
    except OSError as error:
        libraries = list_missing(plugin) or [str(error).partition(":")[0]]
        return (
            "okr-workshop: the window cannot open: Qt's X11 plugin needs system libraries "
            f"that are missing ({', '.join(libraries)}). " + install_advice(libraries, family())
        )
    return ""
