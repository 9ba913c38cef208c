"""Welfare indicators before and after, for a KUBE group or an RW: the eight dimensions side by
side (start, evaluation, the change) beside a bar chart, and the form that scores them.

Used by the KUBE group page (tab Indikator Kesejahteraan) and by Pendampingan (Indikator RW).
Strings use translate("Welfare", ...) so both places share one set of translations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from psmdesk.domain import empowerment as emp
from psmdesk.domain.dates import format_date
from psmdesk.domain.issues import Issue, ValidationFailed
from psmdesk.services import empowerment as svc
from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.ui.households.fields import ChoiceCombo, DateField, SectionMessage, TextField
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import BORDER, MUTED, PRIMARY, TEXT, label, primary_button, set_invalid
from psmdesk.ui.widgets.list_export import offer_export

BEFORE = QColor("#d08a3c")
AFTER = QColor(PRIMARY)
UP, DOWN = "#2e7d32", "#b3261e"



def _score_text(score: int | None) -> str:
    return emp.label_of(emp.SCORES, str(score)) if score is not None else "—"


class WelfareChart(QWidget):
    """One row per dimension: the start score (amber) above the evaluation score (blue), 0 to 5."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelfareChart")
        self.rows: list[emp.ComparisonRow] = []
        self.setMinimumSize(360, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("Welfare", "Welfare scores at the start and at evaluation"))

    def sizeHint(self) -> QSize:
        return QSize(440, 360)

    def set_rows(self, rows: list[emp.ComparisonRow]) -> None:
        self.rows = rows
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        if not any(r.before is not None or r.after is not None for r in self.rows):
            painter.setPen(QColor(MUTED))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(12, 0, -12, 0), flags,
                             translate("Welfare", "The chart appears after the first assessment."))
            return
        x = 8.0
        for colour, text in ((BEFORE, translate("Welfare", "Start")), (AFTER, translate("Welfare", "Evaluation"))):
            painter.fillRect(QRectF(x, line * 0.3, 12, 12), colour)
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(x + 18, 0, 200, line * 1.4), Qt.AlignmentFlag.AlignVCenter, text)
            x += 40 + metrics.horizontalAdvance(text)
        names = [r.title for r in self.rows]
        left = min(max(metrics.horizontalAdvance(n) for n in names) + 16, self.width() * 0.45)
        top, bottom = line * 1.8, self.height() - line - 6
        plot = QRectF(left, top, self.width() - left - 28, bottom - top)
        slot = plot.height() / len(self.rows)
        bar = max(4.0, min(slot * 0.34, 16.0))

        def x_of(score: float) -> float:
            return plot.left() + score / emp.HIGHEST * plot.width()

        for tick in range(emp.HIGHEST + 1):
            painter.setPen(QColor(BORDER))
            painter.drawLine(int(x_of(tick)), int(plot.top()), int(x_of(tick)), int(plot.bottom()))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(x_of(tick) - 20, plot.bottom() + 2, 40, line), Qt.AlignmentFlag.AlignCenter,
                             str(tick))
        for index, row in enumerate(self.rows):
            y = plot.top() + slot * index
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(0, y, left - 8, slot), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(row.title, Qt.TextElideMode.ElideRight, int(left - 8)))
            middle = y + slot / 2
            for offset, score, colour in ((-bar - 1, row.before, BEFORE), (1, row.after, AFTER)):
                if score is None:
                    continue
                rect = QRectF(plot.left(), middle + offset, x_of(score) - plot.left(), bar)
                painter.fillRect(rect, colour)
                painter.setPen(QColor(TEXT))
                painter.drawText(QRectF(rect.right() + 3, rect.top() - 2, 20, bar + 4),
                                 Qt.AlignmentFlag.AlignVCenter, str(score))


class IndicatorDialog(QDialog):
    """Scores 1-5 with a short note per dimension, and the date of the assessment."""

    def __init__(self, ctx: AppContext, subject: emp.Subject, phase: str, current: emp.IndicatorInput | None,
                 today: date | None, parent: QWidget | None = None, *,
                 start: emp.IndicatorInput | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelfareDialog")
        self.ctx, self.subject, self.phase, self.today = ctx, subject, phase, today
        self.saved_id: str | None = None
        title = (translate("Welfare", "Welfare at the start") if phase == "awal"
                 else translate("Welfare", "Welfare at evaluation"))
        self.setWindowTitle(title)
        self.setMinimumWidth(920 if start is not None else 800)
        score_col, note_col = (2, 3) if start is not None else (1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(label(title, "subheading"))
        layout.addWidget(label(translate("Welfare", "Score each dimension from 1 (very poor) to 5 (very good); "
                                                    "leave a dimension empty when it was not assessed."),
                               "muted", wrap=True))
        self.problems = SectionMessage()
        self.problems.setObjectName("WelfareProblems")
        layout.addWidget(self.problems)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        self.assessed_on = DateField()
        self.assessed_on.set_value(current.assessed_on if current and current.assessed_on else today or date.today())
        date_caption = QLabel(translate("Welfare", "Date of assessment *"))
        date_caption.setBuddy(self.assessed_on)
        grid.addWidget(date_caption, 0, 0)
        grid.addWidget(self.assessed_on, 0, score_col)
        grid.addWidget(label(translate("Welfare", "Score"), "muted"), 1, score_col)
        grid.addWidget(label(translate("Welfare", "Short note (what you saw)"), "muted"), 1, note_col)
        if start is not None:  # the evaluation is scored with the start in view
            grid.addWidget(label(translate("Welfare", "At the start"), "muted"), 1, 1)
        self.scores: dict[str, ChoiceCombo] = {}
        self.notes: dict[str, TextField] = {}
        for row, (code, title) in enumerate(emp.DIMENSIONS, start=2):
            caption = QLabel(title)
            combo = ChoiceCombo(emp.SCORES)
            combo.setObjectName(f"score_{code}")
            note = TextField(max_length=emp.NOTE_MAX)
            note.setObjectName(f"note_{code}")
            caption.setBuddy(combo)
            if current is not None:
                value = current.scores.get(code)
                combo.set_value(str(value) if value is not None else None)
                note.set_value(current.notes.get(code, ""))
            grid.addWidget(caption, row, 0)
            grid.addWidget(combo, row, score_col)
            grid.addWidget(note, row, note_col)
            if start is not None:
                grid.addWidget(label(_score_text(start.scores.get(code)), "muted"), row, 1)
            self.scores[code], self.notes[code] = combo, note
        grid.setColumnStretch(note_col, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        cancel = QPushButton(translate("Welfare", "Cancel"))
        cancel.setObjectName("CancelDialog")
        cancel.clicked.connect(self.reject)
        self.save_button = primary_button(translate("Welfare", "Save (Ctrl+S)"))
        self.save_button.setObjectName("SaveDialog")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save)
        self.scores[emp.DIMENSION_CODES[0]].setFocus(Qt.FocusReason.OtherFocusReason)

    def value(self) -> emp.IndicatorInput:
        scores = {code: int(combo.value()) if combo.value() else None for code, combo in self.scores.items()}
        return emp.IndicatorInput(phase=self.phase, assessed_on=self.assessed_on.value(), scores=scores,
                                  notes={code: note.value() for code, note in self.notes.items()})

    def show_issues(self, issues: list[Issue]) -> None:
        fields = {i.field for i in issues}
        set_invalid(self.assessed_on, "assessed_on" in fields)
        for code in emp.DIMENSION_CODES:
            set_invalid(self.scores[code], f"{code}_score" in fields)
            set_invalid(self.notes[code], f"{code}_note" in fields)
        self.problems.show_issue(issues[0] if len(issues) == 1 else
                                 Issue("", "several", str(ValidationFailed(issues))) if issues else None)

    def save(self) -> None:
        problem = self.assessed_on.problem()
        if problem:
            self.show_issues([Issue("assessed_on", "unreadable", problem)])
            return
        try:
            self.saved_id = svc.save_indicators(self.ctx, self.subject, self.value(), today=self.today)
        except ValidationFailed as exc:
            self.show_issues(exc.issues)
            return
        except UserError as exc:
            self.show_issues([Issue("", "user", str(exc))])
            return
        self.accept()


class WelfarePanel(QWidget):
    """The side-by-side table and the chart of one subject, with the two scoring buttons."""

    changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelfarePanel")
        self.ctx = ctx
        self.today: date | None = None
        self.subject: emp.Subject | None = None
        self.data: svc.Welfare | None = None
        self.open_dialog: Callable[[QDialog], int] = lambda dialog: dialog.exec()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.summary = label("", "subheading", wrap=True)
        self.summary.setObjectName("WelfareSummary")
        top.addWidget(self.summary, 1)
        self.start_button = QPushButton(translate("Welfare", "Score the start…"))
        self.start_button.setObjectName("ScoreStart")
        self.start_button.clicked.connect(lambda: self.edit("awal"))
        self.evaluation_button = primary_button(translate("Welfare", "Score the evaluation…"))
        self.evaluation_button.setObjectName("ScoreEvaluation")
        self.evaluation_button.setDefault(False)
        self.evaluation_button.clicked.connect(lambda: self.edit("evaluasi"))
        top.addWidget(self.start_button)
        top.addWidget(self.evaluation_button)
        layout.addLayout(top)
        self.empty = label(translate("Welfare", "No assessment yet. Score the eight dimensions at the start of the "
                                                "programme (Score the start…); score them again at evaluation to see "
                                                "the change."), "muted", wrap=True)
        layout.addWidget(self.empty)
        body = QHBoxLayout()
        self.table = QTableWidget(0, 5)
        offer_export(self.table, "Indikator Kesejahteraan")
        self.table.setObjectName("WelfareTable")
        self.table.setHorizontalHeaderLabels([
            translate("Welfare", "Dimension"), translate("Welfare", "Start"), translate("Welfare", "Evaluation"),
            translate("Welfare", "Change"), translate("Welfare", "Notes")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        body.addWidget(self.table, 3)
        self.chart = WelfareChart()
        body.addWidget(self.chart, 2)
        layout.addLayout(body, 1)

    def load(self, subject: emp.Subject) -> None:
        self.subject = subject
        self.reload()

    def reload(self) -> None:
        if self.subject is None:
            return
        data = self.data = svc.welfare(self.ctx, self.subject)
        rows = data.rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            change = r.change
            said = (r.note_before and translate("Welfare", "Start: %1").replace("%1", r.note_before),
                    r.note_after and translate("Welfare", "Evaluation: %1").replace("%1", r.note_after))
            notes = "\n".join(n for n in said if n)
            for j, text in enumerate([r.title, _score_text(r.before), _score_text(r.after), emp.change_text(change),
                                      notes]):
                item = QTableWidgetItem(text)
                if j == 3 and change:
                    item.setForeground(QColor(UP if change > 0 else DOWN))
                if j == 4 and notes:
                    item.setToolTip(notes)
                self.table.setItem(i, j, item)
        self._fit_rows()
        self.chart.set_rows(rows)
        self.empty.setVisible(data.empty)
        parts = []
        if data.start and data.start.assessed_on:
            parts.append(translate("Welfare", "Start %1").replace("%1", format_date(data.start.assessed_on)))
        if data.evaluation and data.evaluation.assessed_on:
            parts.append(translate("Welfare", "evaluation %1").replace("%1", format_date(data.evaluation.assessed_on)))
        before = emp.average([r.before for r in rows])
        after = emp.average([r.after for r in rows])
        if before is not None and after is not None:
            parts.append(translate("Welfare", "average %1 → %2").replace("%1", f"{before:.1f}".replace(".", ","))
                         .replace("%2", f"{after:.1f}".replace(".", ",")))
        self.summary.setText(" · ".join(parts) if parts else translate("Welfare", "Welfare indicators"))
        self.evaluation_button.setEnabled(data.start is not None)
        self.evaluation_button.setToolTip("" if data.start else translate("Welfare", "Score the start first."))
        self.start_button.setText(translate("Welfare", "Change the start…") if data.start
                                  else translate("Welfare", "Score the start…"))
        self.evaluation_button.setText(translate("Welfare", "Change the evaluation…") if data.evaluation
                                       else translate("Welfare", "Score the evaluation…"))

    def _fit_rows(self) -> None:
        """Rows as tall as their notes (computed again when the notes column changes width)."""
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):
            self.table.setRowHeight(row, max(30, self.table.rowHeight(row)))

    def edit(self, phase: str) -> None:
        if self.subject is None or self.data is None:
            return
        current = self.data.start if phase == "awal" else self.data.evaluation
        dialog = IndicatorDialog(self.ctx, self.subject, phase, current, self.today, self,
                                 start=self.data.start if phase == "evaluasi" else None)
        if self.open_dialog(dialog) and dialog.saved_id:
            self.reload()
            self.changed.emit(translate("Welfare", "Welfare indicators saved."))
        dialog.deleteLater()
