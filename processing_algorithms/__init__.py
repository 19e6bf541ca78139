"""Processing algorithms of Småby: one module per algorithm, thin adapters to ``core``."""
