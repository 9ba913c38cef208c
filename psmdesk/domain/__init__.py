"""Domain rules of PSM Desk: validation, names, regions, dates. No Qt, no SQL."""
