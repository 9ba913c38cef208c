"""The coordinator's forms for the PSM registry: a volunteer's record and a training attended."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from psmdesk.domain import casework as cw
from psmdesk.services import casework as svc
from psmdesk.services import kube
from psmdesk.services.context import AppContext
from psmdesk.ui.households.fields import ChoiceCombo, DateField, TextField
from psmdesk.ui.i18n import translate
from psmdesk.ui.kube.form_dialog import FormDialog


def kelurahan_choices(ctx: AppContext) -> list[tuple[str, str]]:
    """The villages the KUBE form offers, and every village already in the registry."""
    choices = dict(kube.kelurahan_choices(ctx))
    for row in svc.registry(ctx):
        choices.setdefault(row["kelurahan_code"], kube.village_name(row["kelurahan_code"]))
    return sorted(choices.items(), key=lambda item: (item[1], item[0]))


class VolunteerDialog(FormDialog):
    def __init__(self, ctx: AppContext, volunteer: cw.VolunteerInput, today: date | None,
                 parent: QWidget | None = None) -> None:
        super().__init__("VolunteerDialog", translate("RegistryDialogs", "PSM volunteer"), [
            ("name", translate("RegistryDialogs", "Full name"), TextField(max_length=120), True, 0, 0, 2),
            ("kelurahan_code", translate("RegistryDialogs", "Kelurahan"), ChoiceCombo(kelurahan_choices(ctx)), True,
             0, 2, 1),
            ("role", translate("RegistryDialogs", "Role"), ChoiceCombo(cw.PSM_ROLES), True, 1, 0, 1),
            ("registered_on", translate("RegistryDialogs", "Registered on"), DateField(), False, 1, 1, 1),
            ("status", translate("RegistryDialogs", "Status"), ChoiceCombo(cw.PSM_STATUS), True, 1, 2, 1),
            ("phone", translate("RegistryDialogs", "Phone (WhatsApp)"), TextField(max_length=20), False, 2, 0, 1),
        ], parent)
        self.ctx, self.volunteer, self.today = ctx, volunteer, today
        for name, editor in self.editors.items():
            editor.set_value(getattr(volunteer, name))

    def submit(self, confirmed: bool) -> str:
        values = {k: ("" if v is None and k != "registered_on" else v) for k, v in self.values().items()}
        return svc.save_volunteer(self.ctx, self.volunteer.model_copy(update=values), today=self.today)


class TrainingDialog(FormDialog):
    def __init__(self, ctx: AppContext, volunteer_id: str, name: str, today: date | None,
                 parent: QWidget | None = None) -> None:
        title = translate("RegistryDialogs", "Training attended by %1").replace("%1", name)
        super().__init__("TrainingDialog", title, [
            ("topic", translate("RegistryDialogs", "Topic"), TextField(max_length=200), True, 0, 0, 3),
            ("held_on", translate("RegistryDialogs", "Date"), DateField(), True, 1, 0, 1),
            ("mode", translate("RegistryDialogs", "Form"), ChoiceCombo(cw.TRAINING_MODES), True, 1, 1, 1),
        ], parent)
        self.ctx, self.volunteer_id, self.today = ctx, volunteer_id, today
        self.editors["mode"].set_value("tatap_muka")

    def submit(self, confirmed: bool) -> str:
        v = self.values()
        return svc.add_training(self.ctx, self.volunteer_id, v["topic"], v["held_on"], v["mode"] or "",
                                today=self.today)
