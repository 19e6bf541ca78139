"""Scenarios: indicators and models for comparing plan alternatives (no QGIS)."""
