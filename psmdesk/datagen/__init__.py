"""Deterministic, realistic invented data for the demo, tests and benchmarks. Every person is
invented; NIKs are structurally valid for the kecamatan they live in, and belong to nobody."""
