"""A PSM records a KUBE's empowerment stages on the tab Pemberdayaan and sees the stage bar move;
she scores the welfare indicators at the start and at evaluation and sees them side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from psmdesk.services import empowerment
from psmdesk.ui.casework.welfare import IndicatorDialog
from psmdesk.ui.kube.group_view import EMPOWERMENT, WELFARE
from psmdesk.ui.kube.page import KubePage
from tests.services.test_empowerment_services import make_group
from tests.ui.kube.helpers import choose, click, in_dialog


def fill_stage(stage: str, started: str, done: str, ended: str = "", supporting: str = "",
               hindering: str = "") -> list:  # type: ignore[type-arg]
    def act(dialog) -> None:  # type: ignore[no-untyped-def]
        choose(dialog.editors["stage"], stage)
        dialog.editors["started_on"].setText(started)
        dialog.editors["ended_on"].setText(ended)
        dialog.editors["activities"].setPlainText(done)
        dialog.editors["supporting"].setPlainText(supporting)
        dialog.editors["hindering"].setPlainText(hindering)
        click(dialog, "SaveDialog")
        if dialog.isVisible():  # an error is shown: leave the dialog so the test can go on
            dialog.problems_seen = [b.message.text() for b in dialog.boxes.values() if b.message.text()]
            dialog.reject()

    return in_dialog("KubeStageDialog", act)


def test_recording_stages_moves_the_stage_bar(kube_page: KubePage, qtbot) -> None:  # type: ignore[no-untyped-def]
    gid = make_group(kube_page.ctx)
    kube_page.open_group(gid)
    group = kube_page.group
    group.tabs.setCurrentIndex(EMPOWERMENT)
    tab = group.empowerment
    assert group.tabs.tabText(EMPOWERMENT) == "Empowerment"
    assert tab.empty.isVisible() and not any(b.property("current") for b in tab.bar.buttons.values())

    fill_stage("persiapan", "10/01/2026", "Sosialisasi di balai RW", ended="31/01/2026",
               supporting="Ketua RW mendukung", hindering="Warga curiga")
    tab.add_button.click()
    assert tab.model.rowCount() == 1 and not tab.empty.isVisible()
    assert tab.bar.buttons["persiapan"].property("current") and "Persiapan" in tab.summary.text()
    assert kube_page.last_message == "Stage saved."

    # Persiapan has ended, so the next entry is offered as Asesmen; without "what was done" it is refused.
    seen = fill_stage("asesmen", "01/02/2026", "")
    tab.add_button.click()
    assert seen and any("apa yang dilakukan" in text for text in seen[0].problems_seen)
    assert tab.model.rowCount() == 1

    fill_stage("asesmen", "01/02/2026", "Pendataan potensi usaha")
    tab.add_button.click()
    assert tab.bar.buttons["asesmen"].property("current") and tab.bar.buttons["persiapan"].property("done")
    assert "Asesmen (2 of 7), since 01/02/2026" in tab.summary.text()

    # Clicking a stage that has no entry opens the form on that stage.
    fill_stage("pelaksanaan", "01/06/2026", "Produksi keripik")
    qtbot.mouseClick(tab.bar.buttons["pelaksanaan"], Qt.MouseButton.LeftButton)
    assert empowerment.progress(kube_page.ctx, gid).current == "pelaksanaan"
    assert tab.bar.buttons["pelaksanaan"].property("current")
    assert tab.bar.buttons["asesmen"].property("done") and not tab.bar.buttons["evaluasi"].property("done")

    # Open an entry (Enter) and correct it.
    tab.table.selectRow(0)
    in_dialog("KubeStageDialog", lambda d: (d.editors["hindering"].setPlainText("Hujan deras"),
                                             click(d, "SaveDialog")))
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert tab.model.rows[0][5].text == "Hujan deras"


def score(phase_values: dict[str, str], notes: dict[str, str], when: str):  # type: ignore[no-untyped-def]
    def act(dialog: IndicatorDialog) -> None:  # type: ignore[override]
        dialog.assessed_on.setText(when)
        for code, value in phase_values.items():
            dialog.scores[code].set_value(value)
        for code, text in notes.items():
            dialog.notes[code].setText(text)
        dialog.save()
        if dialog.saved_id is None:
            dialog.seen = dialog.problems.text()  # type: ignore[attr-defined]
            dialog.reject()

    return act


def test_indicators_before_and_after_side_by_side(kube_page: KubePage) -> None:
    gid = make_group(kube_page.ctx)
    kube_page.open_group(gid)
    group = kube_page.group
    group.tabs.setCurrentIndex(WELFARE)
    panel = group.welfare
    assert panel.empty.isVisible() and not panel.evaluation_button.isEnabled()
    seen: list[IndicatorDialog] = []

    def run(act):  # type: ignore[no-untyped-def]
        def opener(dialog: QDialog) -> int:
            assert isinstance(dialog, IndicatorDialog)
            seen.append(dialog)
            act(dialog)
            return int(dialog.result())
        panel.open_dialog = opener

    run(score({"kesehatan": "2", "kemiskinan": "1"}, {"kesehatan": "Balita kurang gizi"}, "01/02/2026"))
    panel.start_button.click()
    assert panel.table.item(1, 0).text() == "Kesehatan dan Gizi" and panel.table.item(1, 1).text() == "2 - Kurang"
    assert panel.table.item(1, 2).text() == "—" and "Balita kurang gizi" in panel.table.item(1, 4).text()
    assert panel.evaluation_button.isEnabled() and kube_page.last_message == "Welfare indicators saved."

    run(score({"kesehatan": "4"}, {}, "01/01/2026"))  # before the start: refused, said in plain words
    panel.evaluation_button.click()
    assert "sesudah penilaian awal" in seen[-1].seen  # type: ignore[attr-defined]

    run(score({"kesehatan": "4", "kemiskinan": "3"}, {}, "01/11/2026"))
    panel.evaluation_button.click()
    assert [panel.table.item(1, c).text() for c in range(4)] == ["Kesehatan dan Gizi", "2 - Kurang", "4 - Baik",
                                                                 "▲ naik 2"]
    assert panel.table.item(6, 3).text() == "▲ naik 2" and panel.table.item(0, 3).text() == "—"
    assert "average 1,5 → 3,5" in panel.summary.text()
    assert [r.after for r in panel.chart.rows][1] == 4
    assert panel.evaluation_button.text() == "Change the evaluation…"
