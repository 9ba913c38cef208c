"""First-run setup: who uses this laptop."""
