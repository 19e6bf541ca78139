"""Errors raised by core functions for input a planner can fix."""

__all__ = ["InputError"]


class InputError(ValueError):
    """Bad input that the user can correct.

    The message is shown to the planner as it is (the Processing adapters turn it
    into a ``QgsProcessingException``), so it names the layer or field and says what
    to change.
    """
