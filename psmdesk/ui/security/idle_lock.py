"""Locks the open windows after a time without keyboard or mouse (Pengaturan: "Kunci otomatis").

Locking hides nothing that was typed: every window (the main window and any open form dialog)
gets an opaque curtain over its contents, and the unlock dialog opens on top. Forms keep their
text, background work (an import) goes on. "Tutup PSM Desk" on the lock screen closes the app as
the window's own close would (drafts are saved by their autosave). Ctrl+L locks at once."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from psmdesk.services.context import AppContext
from psmdesk.ui.style import label

log = logging.getLogger(__name__)

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
}


class Curtain(QWidget):
    """An opaque panel over a window's contents while PSM Desk is locked."""

    def __init__(self, over: QWidget) -> None:
        super().__init__(over)
        self.setObjectName("LockCurtain")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#LockCurtain { background: #dfe7eb; }")
        box = QVBoxLayout(self)
        box.addStretch(1)
        title: QLabel = label(self.tr("PSM Desk is locked"), "heading")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(title)
        box.addStretch(1)
        self.setGeometry(over.rect())
        over.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class IdleLock(QObject):
    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.locked = False
        self.curtains: list[Curtain] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        shortcut = QShortcut(QKeySequence("Ctrl+L"), window)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.apply_settings()

    @property
    def enabled(self) -> bool:
        return self.ctx.key is not None and self.ctx.settings.lock_minutes > 0

    def apply_settings(self) -> None:
        """After a change in Pengaturan: the new idle time counts from now."""
        if self.enabled:
            self.timer.start(self.ctx.settings.lock_minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.locked and event.type() in _ACTIVITY and self.enabled:
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked or self.ctx.key is None:
            return
        self.locked = True
        self.timer.stop()
        log.info("Locked")
        self._cover()
        try:
            unlocked = self.ask()
        finally:
            self._uncover()
            self.locked = False
        if unlocked:
            log.info("Unlocked")
            self.apply_settings()
        else:
            self.window.close()

    def ask(self) -> bool:
        """The unlock dialog (separate so tests can answer it)."""
        from psmdesk.ui.security.unlock import UnlockDialog

        profile = self.ctx.profile
        dialog = UnlockDialog(self.ctx.paths, expected_key=self.ctx.key,
                              holder=profile.name if profile else "", parent=self.window)
        return bool(dialog.exec())

    def _cover(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog):
                self.curtains.append(Curtain(widget))

    def _uncover(self) -> None:
        for curtain in self.curtains:
            parent = curtain.parentWidget()
            if parent is not None:
                parent.removeEventFilter(curtain)
            curtain.hide()
            curtain.deleteLater()
        self.curtains.clear()
