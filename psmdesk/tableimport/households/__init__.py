"""Target "households": Keluarga with their members, one spreadsheet row per member."""
