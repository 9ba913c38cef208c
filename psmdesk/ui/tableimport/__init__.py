"""Impor dari Excel/CSV: the wizard that loads an office spreadsheet into PSM Desk."""
