"""Sync by bundles: signed, encrypted CSV files carried between laptops and the office."""
