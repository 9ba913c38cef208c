"""Reusable widgets shared by several UI packages."""
