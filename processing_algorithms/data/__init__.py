"""Data preparation algorithms."""
