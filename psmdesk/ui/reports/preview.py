"""The preview: the rendered pages one under the other on a grey desk, like paper, with a line
saying how many pages the document has (and how many are shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QGraphicsDropShadowEffect, QLabel, QScrollArea, QVBoxLayout, QWidget

from psmdesk.ui.reports.jobs import Preview, image_of
from psmdesk.ui.style import label

DESK = "#d9dee2"


class PreviewArea(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReportPreview")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.status = label("", "muted", wrap=True)
        self.status.setObjectName("PreviewStatus")
        outer.addWidget(self.status)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet(f"QScrollArea {{ background: {DESK}; border: 1px solid #b8c2c9; }}")
        self.desk = QWidget()
        self.desk.setObjectName("PreviewDesk")
        self.desk.setStyleSheet(f"#PreviewDesk {{ background: {DESK}; }}")
        self.pages = QVBoxLayout(self.desk)
        self.pages.setContentsMargins(16, 16, 16, 16)
        self.pages.setSpacing(14)
        self.pages.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.desk)
        outer.addWidget(self.scroll, 1)
        self.page_labels: list[QLabel] = []
        self.clear(self.tr("Choose a document and press Preview (F5)."))

    def clear(self, text: str) -> None:
        for page in self.page_labels:
            self.pages.removeWidget(page)
            page.deleteLater()
        self.page_labels = []
        self.status.setText(text)

    def page_width(self) -> int:
        """The width a page may take on screen, in logical pixels."""
        scrollbar = self.scroll.style().pixelMetric(self.scroll.style().PixelMetric.PM_ScrollBarExtent)
        visible = self.scroll.verticalScrollBar().isVisible()
        return max(self.scroll.viewport().width() - 44 - (0 if visible else scrollbar), 300)

    def show_preview(self, preview: Preview) -> None:
        self.clear("")
        ratio = self.devicePixelRatioF() or 1.0
        for page in preview.pages:
            pixmap = QPixmap.fromImage(image_of(page))
            pixmap.setDevicePixelRatio(ratio)
            shown = QLabel()
            shown.setObjectName(f"PreviewPage{page.page + 1}")
            shown.setPixmap(pixmap)
            shown.setAccessibleName(self.tr("Page %1").replace("%1", str(page.page + 1)))
            shadow = QGraphicsDropShadowEffect(shown)
            shadow.setBlurRadius(10)
            shadow.setOffset(0, 2)
            shown.setGraphicsEffect(shadow)
            self.pages.addWidget(shown, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(shown)
        if preview.total > len(preview.pages):
            text = self.tr("%1 pages. The preview shows the first %2; printing and the PDF have all of them.")
            self.status.setText(text.replace("%1", str(preview.total)).replace("%2", str(len(preview.pages))))
        else:
            self.status.setText(self.tr("%1 page(s).").replace("%1", str(preview.total)))
        self.scroll.verticalScrollBar().setValue(0)
