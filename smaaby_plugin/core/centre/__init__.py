"""Centre and compactness: settlements, centre zones, indicators, shape compactness, town profile."""
