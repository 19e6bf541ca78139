"""Dock widgets of the Småby plugin; they run the Processing algorithms, never compute."""
