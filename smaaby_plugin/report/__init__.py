"""Print layouts and reports: styled result maps, key figures, charts, PDF export."""
