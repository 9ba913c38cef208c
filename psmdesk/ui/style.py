"""One look for every module: calm colours, readable type, big enough click targets.

A thicker border (focus, error) takes its extra pixel from the padding, so a field never changes
size and its neighbours never move.

Widgets opt in to variants through object names and dynamic properties instead of their own
stylesheets, so that a module cannot drift from the others:
- `QPushButton[primary="true"]`: the main action of a form ("Simpan"), right-most.
- `QLabel[role="heading"|"subheading"|"figure"|"muted"|"error"|"warning"]`.
- `QFrame[role="card"]`: a white panel with a border."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from psmdesk.paths import resource_path

MIN_POINT_SIZE = 10.5
NAV_ITEM_HEIGHT = 40
# Labels left of fields share one width so nested forms (e.g. RegionPicker) line up.
FORM_LABEL_WIDTH = 150
FIELD_HEIGHT = 32  # min-height 28 + borders and padding in the style sheet
PRIMARY = "#1f6f8b"
PRIMARY_DARK = "#17566c"
TEXT = "#1d2730"
MUTED = "#55636e"
ERROR = "#b3261e"
WARNING = "#8a5a00"
BORDER = "#cfd8de"
WINDOW = "#f6f8f9"
NAV = "#eaf0f3"
NAV_SELECTED = "#cfe3ec"

# Qt style sheets want forward slashes, also on Windows.
CHEVRON_DOWN = resource_path("icons", "chevron-down.svg").as_posix()
CHEVRON_UP = resource_path("icons", "chevron-up.svg").as_posix()

STYLESHEET = f"""
QWidget {{ color: {TEXT}; }}
QMainWindow, QDialog {{ background: {WINDOW}; }}
QPushButton {{
    min-height: 30px; padding: 2px 14px; border: 1px solid {BORDER}; border-radius: 4px;
    background: #ffffff;
}}
QPushButton:hover {{ background: #eef4f7; }}
QPushButton:focus {{ border: 2px solid {PRIMARY}; padding: 1px 13px; }}
QPushButton:disabled {{ color: #8a969f; background: #f0f2f3; }}
QPushButton[primary="true"] {{
    background: {PRIMARY}; color: #ffffff; border: 1px solid {PRIMARY_DARK}; font-weight: bold;
}}
QPushButton[primary="true"]:hover {{ background: {PRIMARY_DARK}; }}
QPushButton[primary="true"]:focus {{ border: 2px solid #0b2f3c; padding: 1px 13px; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {{
    min-height: 28px; padding: 1px 6px; border: 1px solid {BORDER}; border-radius: 4px;
    background: #ffffff;
}}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {PRIMARY}; padding: 0px 5px;
}}
QComboBox::drop-down {{ border: none; width: 26px; }}
QComboBox::down-arrow {{ image: url({CHEVRON_DOWN}); width: 14px; height: 14px; }}
QComboBox QAbstractItemView {{ background: #ffffff; selection-background-color: {PRIMARY}; }}
QSpinBox {{ padding: 1px 24px 1px 6px; }}
QSpinBox:focus {{ padding: 0px 23px 0px 5px; }}
QSpinBox::up-button, QSpinBox::down-button {{
    subcontrol-origin: border; width: 22px; border: none; border-left: 1px solid {BORDER};
}}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow {{ image: url({CHEVRON_UP}); width: 12px; height: 12px; }}
QSpinBox::down-arrow {{ image: url({CHEVRON_DOWN}); width: 12px; height: 12px; }}
QLineEdit[invalid="true"], QComboBox[invalid="true"] {{ border: 2px solid {ERROR}; padding: 0px 5px; }}
QRadioButton, QCheckBox {{ min-height: 28px; spacing: 8px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: 18px; height: 18px; }}
QFrame[role="card"][selected="true"] {{ border: 2px solid {PRIMARY}; background: #f1f8fb; }}
QLabel[role="heading"] {{ font-size: 16pt; font-weight: bold; }}
QLabel[role="subheading"] {{ font-size: 12pt; font-weight: bold; }}
QLabel[role="figure"] {{ font-size: 24pt; font-weight: bold; color: {PRIMARY_DARK}; }}
QLabel[role="muted"] {{ color: {MUTED}; }}
QLabel[role="error"] {{ color: {ERROR}; }}
QLabel[role="warning"] {{ color: {WARNING}; }}
QFrame[role="card"] {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QFrame[role="card"] QLabel {{ background: transparent; }}
QFrame#Header {{ background: #ffffff; border-bottom: 1px solid {BORDER}; }}
QListWidget#Navigation {{
    background: {NAV}; border: none; border-right: 1px solid {BORDER}; outline: none;
    padding-top: 6px;
}}
QListWidget#Navigation::item {{
    padding: 2px 10px; border-left: 4px solid transparent; color: {TEXT};
}}
QListWidget#Navigation::item:hover {{ background: #dde8ed; }}
QListWidget#Navigation::item:selected {{
    background: {NAV_SELECTED}; border-left: 4px solid {PRIMARY}; color: #0b2f3c;
}}
QStatusBar {{ background: #ffffff; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QProgressBar {{
    min-height: 18px; border: 1px solid {BORDER}; border-radius: 4px; background: #ffffff;
    text-align: center;
}}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 3px; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    font = app.font()
    # Respect a larger system font (the volunteer may have set one); never go below 10.5 pt.
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(PRIMARY))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#7b8790"))
    app.setPalette(palette)
    app.setStyleSheet(STYLESHEET)


def label(text: str = "", role: str | None = None, *, wrap: bool = False,
          parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


def form_label(text: str, buddy: QWidget | None = None) -> QLabel:
    """A label left of a field: same width everywhere, and as tall as the field so its text sits
    on the field's middle line (QFormLayout puts labels at the top of a row)."""
    caption = QLabel(text)
    caption.setMinimumWidth(FORM_LABEL_WIDTH)
    caption.setMinimumHeight(FIELD_HEIGHT)
    caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if buddy is not None:
        caption.setBuddy(buddy)
    return caption


def primary_button(text: str, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(text, parent)
    button.setProperty("primary", True)
    button.setDefault(True)
    return button


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Marks a field red; the style must be re-polished for a dynamic property to show."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def bold(font: QFont, point_delta: float = 0.0) -> QFont:
    font = QFont(font)
    font.setBold(True)
    if point_delta:
        font.setPointSizeF(font.pointSizeF() + point_delta)
    return font
