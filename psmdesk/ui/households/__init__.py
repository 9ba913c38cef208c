"""Keluarga: the household-mapping list and form (see page.py for the entry point)."""
