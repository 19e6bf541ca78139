"""Scenario algorithms: plan alternatives compared side by side."""
