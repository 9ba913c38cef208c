"""The Qt user interface. Nothing outside this package (and psmdesk/app.py) imports PySide6."""
