"""Run-time dependency check: says what is missing instead of failing on import."""

from importlib import import_module

__all__ = ["missing_dependencies", "install_hint"]

# (module, minimum major version or None, Debian package, pip name)
_REQUIRED = (
    ("numpy", None, "python3-numpy", "numpy"),
    ("scipy", None, "python3-scipy", "scipy"),
    ("pandas", None, "python3-pandas", "pandas"),
    ("shapely", 2, "python3-shapely (Debian 13)", "shapely>=2"),
)


def missing_dependencies() -> list[str]:
    """Return one readable line per missing or too old package (empty when all is well)."""
    problems = []
    for module, major, deb, pip_name in _REQUIRED:
        try:
            mod = import_module(module)
        except ImportError:
            problems.append(
                f"{module} is not installed (Debian: apt install {deb}; "
                f"otherwise: python3 -m pip install --user '{pip_name}')"
            )
            continue
        if major is not None:
            version = getattr(mod, "__version__", "0")
            try:
                found = int(version.split(".")[0])
            except ValueError:
                found = 0
            if found < major:
                problems.append(
                    f"{module} {version} is too old, Småby needs {pip_name} "
                    f"(python3 -m pip install --user '{pip_name}')"
                )
    return problems


def install_hint(problems: list[str]) -> str:
    """One message for the message bar and the log."""
    return (
        "Småby cannot load its algorithms because a Python package is missing: "
        + "; ".join(problems)
        + ". Install it for the Python that QGIS uses, then restart QGIS."
    )
