"""Between workshops: the weekly check-ins, the paper grid, the trends and the review."""
