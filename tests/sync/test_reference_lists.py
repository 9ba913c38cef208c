"""The coordinator edits the reference lists; volunteers cannot, and receive the change with the
office's bundle. Items are deactivated, never deleted, so records keep their labels."""

from __future__ import annotations

import pytest

from psmdesk.domain.issues import ValidationFailed
from psmdesk.services import reference_lists as svc
from psmdesk.services.errors import UserError
from psmdesk.services.households import get_household, save_household
from psmdesk.services.setup import reference_list
from tests.sync.conftest import Pair
from tests.sync.helpers import TODAY, household, send


def test_rename_add_deactivate_and_order(pair: Pair) -> None:
    office = pair.office
    svc.rename(office, "ppks", "fm", "Fakir Miskin (DTSEN)")
    code = svc.add(office, "ppks", "Korban Pinjol")
    assert code == "korban_pinjol" and reference_list(office, "ppks")[-1] == (code, "Korban Pinjol")
    assert dict(reference_list(office, "ppks"))["fm"] == "Fakir Miskin (DTSEN)"
    svc.move(office, "ppks", code, -1)
    assert [c for c, _ in reference_list(office, "ppks")][-2] == code
    svc.set_active(office, "ppks", code, False)
    assert code not in dict(reference_list(office, "ppks"))  # not offered for new entries
    assert dict(reference_list(office, "ppks", active_only=False))[code] == "Korban Pinjol"  # still readable
    for bad, message in (("", "Tuliskan"), ("fakir miskin (dtsen)", "sudah ada"), ("x" * 81, "paling panjang")):
        with pytest.raises(ValidationFailed, match=message):
            svc.add(office, "ppks", bad)


def test_volunteers_cannot_edit_and_receive_the_office_change(pair: Pair) -> None:
    with pytest.raises(UserError, match="Koordinator"):
        svc.rename(pair.volunteer, "ppks", "fm", "Apa saja")
    hid = save_household(pair.volunteer, household(), confirmed=True, today=TODAY)
    send(pair.volunteer, pair.office, pair.drop)  # the office approves the laptop on first contact
    svc.rename(pair.office, "kube_stage", "mandiri", "Mandiri (Lulus)")
    code = svc.add(pair.office, "programme", "Bansos Provinsi")
    send(pair.office, pair.volunteer, pair.drop)
    assert dict(reference_list(pair.volunteer, "kube_stage"))["mandiri"] == "Mandiri (Lulus)"
    assert dict(reference_list(pair.volunteer, "programme"))[code] == "Bansos Provinsi"
    assert get_household(pair.volunteer, hid).rt == "003"  # the volunteer's own data untouched
