from __future__ import annotations

from PySide6.QtCore import Qt

from psmdesk.ui.widgets.region_picker import RegionPicker


def test_defaults_to_dki_jakarta_and_reports_no_code(qtbot) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    assert picker.combos[0].currentText() == "DKI Jakarta"
    assert picker.combos[1].count() == 6  # Kepulauan Seribu and the five kota
    assert picker.code() is None


def test_set_code_fills_every_level(qtbot) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.changed) as blocker:
        picker.set_code("31.74.09.1006")
    assert blocker.args == ["31.74.09.1006"]
    assert [c.currentText() for c in picker.combos] == [
        "DKI Jakarta", "Kota Adm. Jakarta Selatan", "Jagakarsa", "Cipedak"]
    assert picker.code() == "31.74.09.1006"


def test_choosing_a_higher_level_clears_the_lower_ones(qtbot) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_code("31.71.08.1001")
    picker.combos[2].setCurrentIndex(picker.combos[2].findText("Gambir"))
    assert picker.code() is None
    assert picker.combos[3].currentIndex() == -1
    assert "Gambir" in [picker.combos[3].itemText(i) for i in range(picker.combos[3].count())]


def test_typing_a_unique_part_selects_it(qtbot) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_code("31.71.08")
    line = picker.combos[3].lineEdit()
    qtbot.keyClicks(line, "tinggi")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert picker.code() == "31.71.08.1004"  # Tanah Tinggi


def test_ambiguous_text_gives_no_code(qtbot) -> None:
    picker = RegionPicker()
    qtbot.addWidget(picker)
    picker.set_code("31.71.08")
    line = picker.combos[3].lineEdit()
    qtbot.keyClicks(line, "a")  # in every name
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert picker.code() is None
    assert picker.first_incomplete() is picker.combos[3]
