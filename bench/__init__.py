"""Benchmarks: ours against a floor measured in the same run (see ../shared/design/performance.md)."""
