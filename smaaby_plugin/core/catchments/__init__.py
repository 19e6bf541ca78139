"""Catchments (omland): network engine and link attributes, service areas, allocation, Huff, OD,
commuting."""
