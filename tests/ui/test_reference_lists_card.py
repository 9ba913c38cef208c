"""Pengaturan > Daftar Rujukan: the coordinator renames and adds a PPKS category on screen; a
volunteer sees the lists without the buttons."""

from __future__ import annotations

from pathlib import Path

from psmdesk.paths import AppPaths
from psmdesk.services.context import open_app
from psmdesk.services.setup import reference_list, setup
from psmdesk.ui.settings.reference_lists import CODE_ROLE, ReferenceListsCard


def _card(qtbot, ctx, said: list[str]) -> ReferenceListsCard:  # type: ignore[no-untyped-def]
    card = ReferenceListsCard(ctx, said.append)
    qtbot.addWidget(card)
    card.resize(900, 420)
    card.show()
    return card


def test_the_coordinator_renames_and_adds_a_category(qtbot, tmp_path: Path, indonesian) -> None:  # type: ignore[no-untyped-def]
    ctx = open_app(AppPaths.resolve(tmp_path / "kantor"))
    setup(ctx, "koordinator", "Dinas Sosial Jakarta Pusat", "31.71.08.1001")
    said: list[str] = []
    card = _card(qtbot, ctx, said)
    assert card.which.currentText() == "Kategori PPKS" and card.list.count() == len(reference_list(ctx, "ppks"))
    card.list.setCurrentRow(0)
    answers = iter([("Balita Terlantar", True), ("Korban Pinjol", True), ("Korban Pinjol", True)])
    card.ask_text = lambda title, value: next(answers)
    card.rename()
    assert card.list.item(0).text() == "Balita Terlantar" and said[-1] == "Nama diubah."
    card.add()
    assert card.list.currentItem().text() == "Korban Pinjol" and said[-1] == "Ditambahkan ke daftar."
    card.add()  # the same name twice: said under the list, nothing added
    assert card.error.isVisible() and "sudah ada" in card.error.text()
    assert [c for c, t in reference_list(ctx, "ppks") if t == "Korban Pinjol"] == ["korban_pinjol"]
    card.list.setCurrentRow(card.list.count() - 1)
    assert card.active_button.text() == "Nonaktifkan"
    card.toggle()
    assert card.list.currentItem().text() == "Korban Pinjol (nonaktif)" and card.active_button.text() == "Aktifkan"
    assert card.list.currentItem().data(CODE_ROLE) == "korban_pinjol"
    card.grab().save(str(tmp_path / "reference_lists.png"))
    ctx.close()


def test_a_volunteer_sees_the_lists_read_only(qtbot, ready_ctx, indonesian) -> None:  # type: ignore[no-untyped-def]
    card = _card(qtbot, ready_ctx, [])
    assert card.list.count() > 0 and not card.add_button.isVisibleTo(card)
    assert not card.rename_button.isVisibleTo(card) and "diurus kantor" in card.findChildren(type(card.error))[1].text()
