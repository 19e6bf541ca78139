"""Errors raised by core functions: input a planner can fix, and a cancelled run."""

__all__ = ["InputError", "Cancelled"]


class InputError(ValueError):
    """Bad input that the user can correct.

    The message is shown to the planner as it is (the Processing adapters turn it
    into a ``QgsProcessingException``), so it names the layer or field and says what
    to change.
    """


class Cancelled(Exception):  # noqa: N818 (a state, not an error: the user asked for it)
    """The user cancelled the run.

    Raised by a :data:`~smaaby_plugin.core.progress.Progress` callable; it is not an
    ``InputError``, so a cancelled run is reported as cancelled, never as a failure.
    """
