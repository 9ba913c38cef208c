"""The page shown for a module that is not in this version yet: what it will do, honestly.

No fake buttons or sample tables: a volunteer who sees a list assumes it holds her data."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from psmdesk.ui.i18n import translate
from psmdesk.ui.navigation import page_spec
from psmdesk.ui.style import label

# Per module: what it will let the user do (one line each, plain words from ui.md).
PLANS: dict[str, tuple[str, ...]] = {
    "households": (
        QT_TRANSLATE_NOOP("ComingLater", "Record each household (KK) and its members from the family card."),
        QT_TRANSLATE_NOOP("ComingLater", "Note people who need welfare services (PPKS) and the aid they "
                                         "already receive (PKH, BPNT, PBI-JKN, KIP, KLJ)."),
        QT_TRANSLATE_NOOP("ComingLater", "Find a household quickly by name, NIK, No. KK, RT or RW."),
    ),
    "meals": (
        QT_TRANSLATE_NOOP("ComingLater", "Keep the roster of elderly meal beneficiaries for each kelurahan."),
        QT_TRANSLATE_NOOP("ComingLater", "Record each day's deliveries: received, not at home, "
                                         "hospitalised, died or moved."),
        QT_TRANSLATE_NOOP("ComingLater", "Print the daily list for signatures or thumbprints, and the "
                                         "monthly summary."),
    ),
    "kube": (
        QT_TRANSLATE_NOOP("ComingLater", "Record joint-business groups: members, officers and the "
                                         "group's bank account."),
        QT_TRANSLATE_NOOP("ComingLater", "Keep the cash book (income, expense, balance) and the "
                                         "activities of each group."),
        QT_TRANSLATE_NOOP("ComingLater", "Follow each group's development stage."),
    ),
    "casework": (
        QT_TRANSLATE_NOOP("ComingLater", "Record visits and support for families and people in need."),
        QT_TRANSLATE_NOOP("ComingLater", "Note each activity, the obstacles met and the follow-up agreed."),
    ),
    "sync": (
        QT_TRANSLATE_NOOP("ComingLater", "Send your data to the Dinas Sosial office as an encrypted sync "
                                         "bundle, on a flash drive or by message."),
        QT_TRANSLATE_NOOP("ComingLater", "At the office: import bundles from volunteers and settle "
                                         "conflicting values."),
    ),
    "reports": (
        QT_TRANSLATE_NOOP("ComingLater", "Print lists and monthly summaries, on A4 or F4 paper."),
        QT_TRANSLATE_NOOP("ComingLater", "Preview each report before printing; NIKs are masked on "
                                         "printed lists."),
    ),
}


class ComingLaterPage(QWidget):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"ComingLater_{key}")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 28)

        title = label(page_spec(key).display_title, "heading")
        outer.addWidget(title)

        card = QFrame()
        card.setProperty("role", "card")
        card.setMaximumWidth(760)
        box = QVBoxLayout(card)
        box.setContentsMargins(24, 20, 24, 22)
        box.setSpacing(10)
        box.addWidget(label(translate("ComingLater", "This part of PSM Desk comes in a later version."), "subheading",
                            wrap=True))
        box.addWidget(label(translate("ComingLater", "What you will be able to do here:"), wrap=True))
        for line in PLANS.get(key, ()):
            # A bullet and its text side by side, so a wrapped line starts under the text.
            row = QHBoxLayout()
            row.setContentsMargins(8, 0, 0, 0)
            bullet = QLabel("\u2022")
            bullet.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(bullet)
            row.addWidget(label(translate("ComingLater", line), wrap=True), 1)  # i18n: dynamic
            box.addLayout(row)
        note = label(
            translate("ComingLater", "Nothing is stored in this part yet. Data you save elsewhere in PSM Desk "
                          "is kept safe."),
            "muted", wrap=True,
        )
        note.setContentsMargins(0, 8, 0, 0)
        box.addWidget(note)
        outer.addSpacing(12)
        # In a row with a stretch rather than with AlignLeft: an aligned widget gets its plain
        # size hint, and word-wrapped labels inside it are then cut off.
        row = QHBoxLayout()
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
