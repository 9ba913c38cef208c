"""Pengaturan: profile, language, data folder."""
