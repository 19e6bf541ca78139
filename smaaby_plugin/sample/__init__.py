"""The Eksempelby sample town generator (synthetic, deterministic).

``eksempelby`` is the entry point (``generate``, ``write_gpkg``, the command line); the
other modules each generate one part of the sample. Names with a leading underscore are
shared between the modules of this package only: they are not an API.
"""
