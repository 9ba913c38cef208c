"""Phone numbers: lokal reads every common way of writing one; we keep its national display form."""

from __future__ import annotations

from dataclasses import dataclass

from psmdesk.domain.issues import Issue, Severity

INVALID_MESSAGE = "Nomor HP tidak valid (contoh: 0812-3456-7890)"


@dataclass(frozen=True)
class PhoneCheck:
    #: "0812-3456-7890" for mobiles, "(021) 5551234" for landlines; None when empty or invalid.
    phone: str | None
    issues: tuple[Issue, ...] = ()
    #: "6281234567890" for a wa.me link; None for landlines.
    whatsapp: str | None = None

    @property
    def ok(self) -> bool:
        return not any(i.severity == Severity.ERROR for i in self.issues)


def check_phone(value: str | None, *, field: str = "phone") -> PhoneCheck:
    """Empty is fine (many elderly beneficiaries have no phone). Landlines are accepted: a household
    may only have the number of the warung next door."""
    text = " ".join(str(value).split()) if value is not None else ""
    if not text:
        return PhoneCheck(None)
    import lokal  # lazy: see nik.parse_with_lokal

    info = lokal.parse_phone(text)
    if not info.valid or info.national is None:
        return PhoneCheck(None, (Issue(field, "format", INVALID_MESSAGE),))
    issues: tuple[Issue, ...] = ()
    if any(w.code == "prefix_unknown" for w in info.warnings):
        issues = (Issue(
            field,
            "prefix_unknown",
            "Awalan nomor HP tidak dikenal operator mana pun. Periksa kembali.",
            Severity.WARNING,
        ),)
    return PhoneCheck(info.national, issues, info.whatsapp)
