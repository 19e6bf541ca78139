"""The bad-input battery's fixtures (a small town), recipes (one per algorithm) and cases
(one mutation each); the test is ``tests/qgis/test_battery.py``."""
