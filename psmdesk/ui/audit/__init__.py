"""Jejak Audit: the coordinator's view of the audit log (a tab of the Sinkronisasi page)."""
