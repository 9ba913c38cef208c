"""What makes a passphrase acceptable: long enough to resist guessing for the minutes a lost
laptop is in someone else's hands, short enough that a volunteer types it several times a day."""

from __future__ import annotations

from psmdesk.domain.issues import Issue

MIN_LENGTH = 8
# What people try first; a passphrase made of these is refused.
_TOO_COMMON = {
    "password", "katasandi", "kata sandi", "psmdesk", "psm desk", "qwertyui", "qwerty123",
    "bismillah", "indonesia", "jakarta1", "rahasia", "rahasia1", "admin123", "iloveyou",
}


def passphrase_issues(passphrase: str, confirm: str | None = None) -> list[Issue]:
    """Issues on `passphrase` (field "passphrase") and on its repetition (field "confirm")."""
    issues: list[Issue] = []
    text = passphrase or ""
    if not text.strip():
        issues.append(Issue("passphrase", "required", "Isi kata sandi."))
    elif len(text) < MIN_LENGTH:
        issues.append(Issue("passphrase", "short", f"Kata sandi minimal {MIN_LENGTH} karakter."))
    elif _guessable(text):
        issues.append(Issue("passphrase", "guessable",
                            "Kata sandi terlalu mudah ditebak. Pakai gabungan beberapa kata atau angka acak."))
    if confirm is not None and text and confirm != text:
        issues.append(Issue("confirm", "mismatch", "Kata sandi yang diulang tidak sama."))
    return issues


def _guessable(text: str) -> bool:
    lowered = text.lower()
    if len(set(lowered)) <= 2:
        return True
    if lowered in _TOO_COMMON:
        return True
    if lowered.isdigit():
        digits = [int(c) for c in lowered]
        steps = {b - a for a, b in zip(digits, digits[1:], strict=False)}
        if steps <= {1} or steps <= {-1}:  # 12345678, 87654321
            return True
    return False
