"""Cadangan & Pulihkan: the backup screen and the start-up backup and damaged-database checks."""
