"""The one module that knows where the plugin's folders lie.

In the built plugin (``build/smaaby_plugin/``, a user's profile, the zip) ``forms/``,
``resources/`` and ``processing_algorithms/`` sit inside the package folder.
"""

import os
from pathlib import Path

__all__ = ["PLUGIN_DIR", "form", "resource", "icon"]

# Not resolve(): in build/ the modules are symlinks, and the folder is what counts.
PLUGIN_DIR = Path(os.path.abspath(__file__)).parent


def form(name: str) -> Path:
    """Path of a Qt Designer file in ``forms/``."""
    return PLUGIN_DIR / "forms" / name


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/`` (e.g. ``resource("codes", "ar5_arealtype.csv")``)."""
    return PLUGIN_DIR.joinpath("resources", *parts)


def icon(name: str = "smaaby.svg") -> Path:
    """Path of an icon in ``resources/icons/``."""
    return resource("icons", name)
