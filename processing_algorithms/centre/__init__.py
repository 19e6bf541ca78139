"""Centre and compactness algorithms."""
