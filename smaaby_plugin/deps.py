"""Run-time dependency check: says what is missing, and the command that installs it on
the platform QGIS runs on, instead of failing on import. Never installs anything.

The commands were checked against the real behaviour of each platform:

- Debian 12 (bookworm) / Ubuntu before 24.04: the distribution's python3-shapely is 1.8,
  so shapely 2 comes from pip. Debian 12's system Python is "externally managed" (PEP 668):
  ``pip install --user`` stops with *externally-managed-environment* unless it is given
  ``--break-system-packages``. A bare ``'shapely>=2'`` also pulls numpy 2 (shapely 2.2
  needs it), which breaks Debian's own scipy and pandas; pinning the numpy QGIS already
  uses keeps it (pip then picks shapely 2.1). Tested on Debian 12 with QGIS 3.22 on a
  fresh profile: the plugin loads after it.
- Debian 13 / Ubuntu 24.04 and later: ``apt install python3-shapely`` gives shapely 2.
- Windows (OSGeo4W or the standalone installer): the OSGeo4W Shell has QGIS's Python as
  ``python``; ``--user`` needs no administrator rights; cmd.exe wants double quotes.
- macOS (the QGIS.app bundle): the bundle's own ``Contents/MacOS/bin/python3``.
"""

from __future__ import annotations

import sys
import sysconfig
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path

__all__ = [
    "Missing",
    "Platform",
    "check",
    "current_platform",
    "install_commands",
    "TERMINAL",
    "OSGEO4W_SHELL",
    "missing_dependencies",
]

# (module, minimum major version or None)
_REQUIRED = (("numpy", None), ("scipy", None), ("pandas", None), ("shapely", 2))
_PIP_NAME = {"shapely": "shapely>=2"}
# The first release of a distribution whose own python3-shapely is 2.x.
_APT_SHAPELY_2 = {"debian": (13,), "ubuntu": (24, 4)}


@dataclass(frozen=True)
class Missing:
    module: str
    found: str | None  # the version found when it is too old, else None
    needed: int | None  # the major version needed

    def describe(self) -> str:
        need = f"{self.module} {self.needed}" if self.needed else self.module
        if self.found is None:
            return f"{need} is not installed"
        return f"{self.module} {self.found} is too old, Småby needs {need}"


@dataclass(frozen=True)
class Platform:
    system: str  # "linux", "windows", "darwin", ...
    distro: str = ""  # os-release ID for Debian and its kind ("debian", "ubuntu", ...)
    family: str = ""  # "debian" for Debian, Ubuntu, Mint, ...; else ""
    version: tuple = ()  # os-release VERSION_ID as numbers: (12,), (22, 4)
    externally_managed: bool = False  # PEP 668: pip needs --break-system-packages
    python: str = "python3"  # how to call the Python QGIS uses, on this platform
    numpy: str | None = None  # the numpy version QGIS uses (kept by the pip command)


def check() -> list[Missing]:
    """The missing or too old packages (empty when all is well)."""
    problems = []
    for module, major in _REQUIRED:
        try:
            mod = import_module(module)
        except ImportError:
            problems.append(Missing(module, None, major))
            continue
        if major is not None:
            version = str(getattr(mod, "__version__", "0"))
            try:
                found = int(version.split(".")[0])
            except ValueError:
                found = 0
            if found < major:
                problems.append(Missing(module, version, major))
    return problems


def missing_dependencies() -> list[str]:
    """One readable line per missing or too old package (empty when all is well)."""
    return [m.describe() for m in check()]


def _os_release(path: str = "/etc/os-release") -> dict:
    values = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError:
        return values
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            values[key.strip()] = value.strip().strip('"')
    return values


def _version_tuple(text: str) -> tuple:
    parts = []
    for piece in str(text or "").split("."):
        if not piece.isdigit():
            break
        parts.append(int(piece))
    return tuple(parts)


def current_platform() -> Platform:
    """The platform this Python (QGIS's) runs on, as far as the commands depend on it."""
    try:
        numpy_version = str(import_module("numpy").__version__)
    except ImportError:
        numpy_version = None
    if sys.platform.startswith("win"):
        return Platform("windows", python="python", numpy=numpy_version)
    if sys.platform == "darwin":
        return Platform("darwin", python=_mac_python(), numpy=numpy_version)
    release = _os_release()
    distro = release.get("ID", "").lower()
    like = release.get("ID_LIKE", "").lower().split()
    family = "debian" if distro in ("debian", "ubuntu") or {"debian", "ubuntu"} & set(like) else ""
    marker = Path(sysconfig.get_path("stdlib") or "") / "EXTERNALLY-MANAGED"
    return Platform(
        "linux",
        distro=distro,
        family=family,
        version=_version_tuple(release.get("VERSION_ID", "")),
        externally_managed=marker.exists(),
        python="python3",
        numpy=numpy_version,
    )


def _mac_python() -> str:
    """The QGIS.app bundle's own Python (Contents/MacOS/bin/python3)."""
    for start in (sys.executable, sys.prefix):
        text = str(start or "")
        if ".app/" in text:
            app = text[: text.index(".app/") + 4]
            return f"{app}/Contents/MacOS/bin/python3"
    return "/Applications/QGIS.app/Contents/MacOS/bin/python3"


def _quote(text: str, windows: bool) -> str:
    return f'"{text}"' if windows else f"'{text}'"


TERMINAL, OSGEO4W_SHELL = "terminal", "osgeo4w"


def install_commands(
    missing: list[Missing], platform: Platform | None = None
) -> list[tuple[str, str]]:
    """The commands that install ``missing`` for the Python QGIS uses, best first, as
    (where, command): where is TERMINAL or OSGEO4W_SHELL.

    >>> old = [Missing("shapely", "1.8.5", 2)]
    >>> install_commands(old, Platform("linux", "debian", "debian", (12,), True, numpy="1.24.2"))
    [('terminal', "python3 -m pip install --user --break-system-packages 'shapely>=2' \
'numpy==1.24.2'")]
    >>> install_commands(old, Platform("linux", "debian", "debian", (13,), True, numpy="2.2.4"))
    [('terminal', 'sudo apt install python3-shapely')]
    """
    platform = platform or current_platform()
    if not missing:
        return []
    windows = platform.system == "windows"
    names = [m.module for m in missing]
    pip_names = [_PIP_NAME.get(n, n) for n in names]
    if platform.numpy and "numpy" not in names:
        pip_names.append(f"numpy=={platform.numpy}")  # keep the numpy QGIS's packages use
    pip_args = " ".join(_quote(n, windows) for n in pip_names)
    if windows:
        return [(OSGEO4W_SHELL, f"python -m pip install --user {pip_args}")]
    if platform.system == "darwin":
        return [(TERMINAL, f"{platform.python} -m pip install --user {pip_args}")]
    flag = " --break-system-packages" if platform.externally_managed else ""
    if platform.family != "debian":
        return [(TERMINAL, f"python3 -m pip install --user{flag} {pip_args}")]
    threshold = _APT_SHAPELY_2.get(platform.distro)
    apt_has_shapely_2 = threshold is not None and platform.version >= threshold
    apt = [f"python3-{n}" for n in names if n != "shapely" or apt_has_shapely_2]
    commands = []
    if apt:
        commands.append((TERMINAL, f"sudo apt install {' '.join(apt)}"))
    if "shapely" in names and not apt_has_shapely_2:
        pip_only = [_quote("shapely>=2", False)]
        if platform.numpy:
            pip_only.append(_quote(f"numpy=={platform.numpy}", False))
        commands.append((TERMINAL, f"python3 -m pip install --user{flag} {' '.join(pip_only)}"))
    return commands
