"""Centre and compactness: settlements, centre zones, indicators, shape compactness, the town
profile."""
