"""Spreadsheet import: an .xlsx or .csv typed by an office, read into the same records the forms
make. The engine is target-agnostic:

    reader (file -> rows) -> headers (which rows name the columns, merged two-row headers too)
    -> mapping (column -> field, suggested from header names, remembered per file shape)
    -> target.plan (per row: parse, group, match; create / update / match / reject / skip)
    -> target.apply (one transaction, through RecordWriter: audit log and sync stamps)

`psmdesk.services.table_import` is the entry point for the UI and the CLI."""
