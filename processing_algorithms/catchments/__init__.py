"""Catchment (omland) algorithms."""
