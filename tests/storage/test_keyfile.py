"""kunci.json: the data key sealed under the passphrase and under the recovery code."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from psmdesk.storage import keyfile
from psmdesk.storage.keyfile import KeyFileDamaged, KeyFileMissing, WrongSecret

PASSPHRASE = "sayur asem pedas"


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, bytes, str]:
    path = tmp_path / "kunci.json"
    key = keyfile.new_data_key()
    code = keyfile.create(path, key, PASSPHRASE)
    return path, key, code


def test_passphrase_and_recovery_code_both_open_the_same_key(made: tuple[Path, bytes, str]) -> None:
    path, key, code = made
    assert len(key) == 32
    assert re.fullmatch(r"([A-HJ-NP-Z2-9]{5}-){5}[A-HJ-NP-Z2-9]{5}", code), code
    assert keyfile.open_with_passphrase(path, PASSPHRASE) == key
    assert keyfile.open_with_recovery_code(path, code) == key


@pytest.mark.parametrize("typed", [
    lambda c: c.lower(),
    lambda c: c.replace("-", ""),
    lambda c: c.replace("-", " "),
    lambda c: f"  {c.replace('-', ' - ').lower()}  ",
    lambda c: " ".join(c.replace("-", "")),  # one symbol at a time, as read aloud
])
def test_recovery_code_as_people_type_it(made: tuple[Path, bytes, str], typed: object) -> None:
    path, key, code = made
    assert callable(typed)
    assert keyfile.open_with_recovery_code(path, typed(code)) == key


def test_wrong_secrets_are_refused_in_indonesian(made: tuple[Path, bytes, str]) -> None:
    path, _key, code = made
    before = path.read_bytes()
    for wrong in ("sayur asem pedaS", "", PASSPHRASE + " ", code):
        with pytest.raises(WrongSecret) as info:
            keyfile.open_with_passphrase(path, wrong)
        assert "Kata sandi salah" in str(info.value)
    wrong_code = code[:-1] + ("A" if code[-1] != "A" else "B")
    for wrong in (wrong_code, code[:-6], PASSPHRASE):
        with pytest.raises(WrongSecret) as info:
            keyfile.open_with_recovery_code(path, wrong)
        assert "Kode pemulihan tidak cocok" in str(info.value)
    assert path.read_bytes() == before  # a wrong try changes nothing


def test_passphrase_is_unicode_normalised(tmp_path: Path) -> None:
    """The same word typed on two keyboards (composed or decomposed é) opens the same key."""
    path = tmp_path / "kunci.json"
    key = keyfile.new_data_key()
    keyfile.create(path, key, "kaf\u00e9 di pojok")
    assert keyfile.open_with_passphrase(path, "kafe\u0301 di pojok") == key


def test_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(KeyFileMissing) as info:
        keyfile.open_with_passphrase(tmp_path / "kunci.json", PASSPHRASE)
    assert "kunci.json" in str(info.value) and "tidak ada" in str(info.value)


def _damaged_versions(original: bytes) -> dict[str, bytes]:
    raw = json.loads(original)
    versions = {
        "empty": b"",
        "truncated": original[: len(original) // 2],
        "one byte short": original[:-2],
        "not json": b"\x00\x01\x02 bukan json",
        "a list": b"[]",
        "another program": json.dumps({**raw, "format": "lain"}).encode(),
        "newer version": json.dumps({**raw, "version": 99}).encode(),
        "no recovery seal": json.dumps({k: v for k, v in raw.items() if k != "recovery"}).encode(),
    }
    for field, value in (("salt", "!!bukan base64!!"), ("nonce", ""), ("nonce", "AAAA"), ("n", 3),
                         ("n", "banyak"), ("kdf", "pbkdf2"), ("sealed", None)):
        changed = json.loads(original)
        changed["passphrase"][field] = value
        versions[f"passphrase.{field}={value!r}"] = json.dumps(changed).encode()
    return versions


def test_damaged_key_file_says_so_in_indonesian(made: tuple[Path, bytes, str]) -> None:
    path, _key, _code = made
    original = path.read_bytes()
    for label, content in _damaged_versions(original).items():
        path.write_bytes(content)
        with pytest.raises(KeyFileDamaged) as info:
            keyfile.open_with_passphrase(path, PASSPHRASE)
        assert "rusak" in str(info.value) and "flashdisk" in str(info.value), label


def test_tampered_cost_does_not_exhaust_memory(made: tuple[Path, bytes, str]) -> None:
    """A key file that asks scrypt for gigabytes is refused before any work is done."""
    path, _key, _code = made
    raw = json.loads(path.read_bytes())
    raw["passphrase"].update(n=2**22, r=32, p=16)
    path.write_text(json.dumps(raw))
    with pytest.raises(KeyFileDamaged):
        keyfile.open_with_passphrase(path, PASSPHRASE)


def test_change_passphrase_keeps_the_data_key(made: tuple[Path, bytes, str]) -> None:
    path, key, code = made
    keyfile.change_passphrase(path, key, "nasi uduk betawi")
    assert keyfile.open_with_passphrase(path, "nasi uduk betawi") == key
    with pytest.raises(WrongSecret):
        keyfile.open_with_passphrase(path, PASSPHRASE)
    assert keyfile.open_with_recovery_code(path, code) == key
    assert not list(path.parent.glob("*.baru"))  # written atomically, no temp file left


def test_replace_recovery_code_invalidates_the_old_one(made: tuple[Path, bytes, str]) -> None:
    path, key, code = made
    new_code = keyfile.replace_recovery_code(path, key)
    assert new_code != code
    assert keyfile.open_with_recovery_code(path, new_code) == key
    with pytest.raises(WrongSecret):
        keyfile.open_with_recovery_code(path, code)
    assert keyfile.open_with_passphrase(path, PASSPHRASE) == key


def _encodings(secret: bytes) -> list[bytes]:
    forms = [secret, secret.hex().encode(), secret.hex().upper().encode(), base64.b64encode(secret),
             base64.urlsafe_b64encode(secret), base64.b32encode(secret), base64.b64encode(secret).rstrip(b"=")]
    try:
        text = secret.decode("utf-8")
    except UnicodeDecodeError:
        return forms
    return forms + [text.encode("utf-16-le"), text.encode("utf-16-be"), json.dumps(text).encode()]


def test_key_file_holds_neither_passphrase_nor_data_key(made: tuple[Path, bytes, str]) -> None:
    path, key, code = made
    keyfile.change_passphrase(path, key, "nasi uduk betawi")
    content = path.read_bytes()
    lowered = content.lower()
    secrets = [key, PASSPHRASE.encode(), b"nasi uduk betawi", code.encode(), code.replace("-", "").encode()]
    for secret in secrets:
        for form in _encodings(secret):
            assert form not in content and form.lower() not in lowered, form
    # Not even a piece of the key: no 8-byte window of it in any encoding.
    for start in range(0, len(key) - 8):
        window = key[start:start + 8]
        assert window not in content and window.hex().encode() not in lowered


def test_each_seal_uses_its_own_salt_and_nonce(made: tuple[Path, bytes, str]) -> None:
    path, key, _code = made
    first = json.loads(path.read_bytes())
    keyfile.change_passphrase(path, key, PASSPHRASE)  # the same passphrase again
    second = json.loads(path.read_bytes())
    assert first["passphrase"]["salt"] != first["recovery"]["salt"]
    assert first["passphrase"]["salt"] != second["passphrase"]["salt"]
    assert first["passphrase"]["sealed"] != second["passphrase"]["sealed"]
    assert keyfile.open_with_passphrase(path, PASSPHRASE) == key


def test_the_cost_is_stored_so_a_cheaper_default_still_opens_old_files(
        made: tuple[Path, bytes, str], monkeypatch: pytest.MonkeyPatch) -> None:
    path, key, _code = made
    monkeypatch.setattr(keyfile, "SCRYPT_N", 2**11)
    assert keyfile.open_with_passphrase(path, PASSPHRASE) == key
    assert json.loads(path.read_bytes())["passphrase"]["n"] == 2**10


def test_a_seal_cannot_be_swapped_into_the_other_slot(made: tuple[Path, bytes, str]) -> None:
    """The purpose is bound into each seal: the recovery code cannot pose as the passphrase."""
    path, _key, code = made
    raw = json.loads(path.read_bytes())
    raw["passphrase"] = raw["recovery"]
    path.write_text(json.dumps(raw))
    with pytest.raises(WrongSecret):
        keyfile.open_with_passphrase(path, keyfile.normalise_recovery_code(code))
