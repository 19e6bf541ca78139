"""First contact (issue 11): the install command for a missing package on each platform
QGIS runs on, and the language QGIS runs in however it was chosen (``qgis --lang nb``,
the override setting, the system locale)."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings

from smaaby_plugin import deps
from smaaby_plugin.plugin import SmaabyPlugin, _locale, dependency_messages

OLD_SHAPELY = [deps.Missing("shapely", "1.8.5", 2)]


@pytest.mark.parametrize(
    ("platform", "expected"),
    [
        # Debian 12: PEP 668 refuses a plain --user install; a bare 'shapely>=2' pulls
        # numpy 2 and breaks Debian's scipy/pandas (both seen on this machine)
        (
            deps.Platform("linux", "debian", "debian", (12,), True, numpy="1.24.2"),
            [
                (
                    deps.TERMINAL,
                    "python3 -m pip install --user --break-system-packages 'shapely>=2' "
                    "'numpy==1.24.2'",
                )
            ],
        ),
        # Debian 13 and Ubuntu 24.04 have shapely 2 as a package
        (
            deps.Platform("linux", "debian", "debian", (13,), True, numpy="2.2.4"),
            [(deps.TERMINAL, "sudo apt install python3-shapely")],
        ),
        (
            deps.Platform("linux", "ubuntu", "debian", (24, 4), True, numpy="1.26.4"),
            [(deps.TERMINAL, "sudo apt install python3-shapely")],
        ),
        # Ubuntu 22.04: shapely 1.8 packaged, pip 22 is not externally managed (and does
        # not know --break-system-packages)
        (
            deps.Platform("linux", "ubuntu", "debian", (22, 4), False, numpy="1.21.5"),
            [(deps.TERMINAL, "python3 -m pip install --user 'shapely>=2' 'numpy==1.21.5'")],
        ),
        # Windows: the OSGeo4W Shell's python is QGIS's; cmd.exe wants double quotes
        (
            deps.Platform("windows", python="python", numpy="1.22.1"),
            [
                (
                    deps.OSGEO4W_SHELL,
                    'python -m pip install --user "shapely>=2" "numpy==1.22.1"',
                )
            ],
        ),
        # macOS: the bundle's own Python
        (
            deps.Platform("darwin", python="/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3"),
            [
                (
                    deps.TERMINAL,
                    "/Applications/QGIS-LTR.app/Contents/MacOS/bin/python3 -m pip install "
                    "--user 'shapely>=2'",
                )
            ],
        ),
        # another Linux
        (
            deps.Platform("linux", "fedora", "", (40,), False, numpy="1.26.4"),
            [(deps.TERMINAL, "python3 -m pip install --user 'shapely>=2' 'numpy==1.26.4'")],
        ),
    ],
)
def test_install_command_per_platform(platform, expected):
    assert deps.install_commands(OLD_SHAPELY, platform) == expected


def test_missing_scipy_on_debian_is_an_apt_package():
    debian_12 = deps.Platform("linux", "debian", "debian", (12,), True, numpy="1.24.2")
    missing = [deps.Missing("scipy", None, None), deps.Missing("shapely", None, 2)]
    assert deps.install_commands(missing, debian_12) == [
        (deps.TERMINAL, "sudo apt install python3-scipy"),
        (
            deps.TERMINAL,
            "python3 -m pip install --user --break-system-packages 'shapely>=2' 'numpy==1.24.2'",
        ),
    ]


def test_this_machine_is_recognised():
    """The platform as read here (Debian 12 with its externally managed Python)."""
    here = deps.current_platform()
    import numpy

    assert here.numpy == numpy.__version__
    release = deps._os_release()
    if release.get("ID") == "debian" and release.get("VERSION_ID") == "12":
        assert here.family == "debian" and here.version == (12,)


def test_dependency_messages_are_short_in_the_bar_and_full_in_the_log(monkeypatch):
    monkeypatch.setattr(
        deps,
        "current_platform",
        lambda: deps.Platform("windows", python="python", numpy="1.22.1"),
    )
    short, details = dependency_messages(OLD_SHAPELY)
    assert len(short) < 160 and "see the log" in short and "pip" not in short
    assert "OSGeo4W Shell" in details
    assert 'python -m pip install --user "shapely>=2" "numpy==1.22.1"' in details
    assert "Traceback" not in details


@pytest.fixture
def settings_restored():
    settings = QSettings()
    saved = {k: settings.value(k) for k in ("locale/overrideFlag", "locale/userLocale")}
    app = QgsApplication.instance()
    translation = app.translation()
    yield settings
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)
    app.setTranslation(translation)


def test_language_of_qgis_lang_nb(settings_restored):
    """``qgis --lang nb``: QGIS's start-up calls QgsApplication::setTranslation("nb")
    while QgsApplication.locale() stays the system's ("C" on this machine, as seen in
    QGIS 3.22 under xvfb)."""
    settings_restored.setValue("locale/overrideFlag", False)
    app = QgsApplication.instance()
    app.setTranslation("nb")
    assert _locale() == "nb"
    app.setTranslation("nb_NO")  # the system locale nb_NO, as QGIS passes it on
    assert _locale() == "nb"
    app.setTranslation("en_US")
    assert _locale() == "en"


def test_language_of_the_override_setting(settings_restored):
    app = QgsApplication.instance()
    app.setTranslation("")  # qgis_process and tests: no translation chosen by QGIS
    settings_restored.setValue("locale/overrideFlag", True)
    settings_restored.setValue("locale/userLocale", "nb_NO")
    assert _locale() == "nb"
    settings_restored.setValue("locale/overrideFlag", False)  # then the system's counts
    if QLocale.system().name() in ("C", "POSIX", "en_US", "en_GB"):
        assert _locale() == "en"


def test_plugin_speaks_bokmal_at_lang_nb(settings_restored):
    """The translator the plugin installs at ``--lang nb`` gives its bokmål strings,
    e.g. the dock's page title."""
    QgsApplication.instance().setTranslation("nb")
    plugin = SmaabyPlugin(None)
    plugin._install_translator()
    try:
        assert plugin.translator is not None
        assert QCoreApplication.translate("SmaabyDock", "Land use") == "Arealbruk"
    finally:
        QCoreApplication.removeTranslator(plugin.translator)
    assert QCoreApplication.translate("SmaabyDock", "Land use") == "Land use"
