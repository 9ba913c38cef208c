"""Laporan: the printed documents, their preview and printing, spreadsheet exports, and the
pictures Beranda shows (psmdesk/reports builds the PDFs; this package only drives them)."""
