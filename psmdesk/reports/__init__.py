"""Printed documents: one module per document, `build(data, out_path, paper=...)`. No Qt."""
