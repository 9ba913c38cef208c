"""Use cases the UI and the CLI both call. They own transactions."""
