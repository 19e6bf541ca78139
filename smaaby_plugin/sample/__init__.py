"""The Eksempelby sample town generator (synthetic, deterministic)."""
