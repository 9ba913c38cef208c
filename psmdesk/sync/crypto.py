"""Keys, signatures and payload encryption, all from the `cryptography` package.

- Signing: Ed25519 (a device key per laptop, an office key per office).
- Encryption to a recipient: X25519 key agreement with a fresh ephemeral key, HKDF-SHA256 to a
  256-bit key, AES-256-GCM. The associated data binds the ciphertext to its bundle, so a payload
  moved into another bundle's envelope does not decrypt."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_RAW = serialization.Encoding.Raw
_RAW_PUB = serialization.PublicFormat.Raw
_RAW_PRIV = serialization.PrivateFormat.Raw
_HKDF_INFO = b"psmdesk bundle payload v1"


class CryptoError(Exception):
    """A signature or ciphertext did not verify."""


@dataclass(frozen=True)
class KeyPair:
    """A device's or office's keys: Ed25519 for signing, X25519 for receiving encrypted data.
    Stored as hex of the raw 32-byte private keys."""

    sign_private: str
    enc_private: str

    @classmethod
    def generate(cls) -> KeyPair:
        sign = Ed25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, serialization.NoEncryption())
        enc = X25519PrivateKey.generate().private_bytes(_RAW, _RAW_PRIV, serialization.NoEncryption())
        return cls(sign.hex(), enc.hex())

    @property
    def sign_public(self) -> str:
        key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(self.sign_private))
        return key.public_key().public_bytes(_RAW, _RAW_PUB).hex()

    @property
    def enc_public(self) -> str:
        key = X25519PrivateKey.from_private_bytes(bytes.fromhex(self.enc_private))
        return key.public_key().public_bytes(_RAW, _RAW_PUB).hex()

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(self.sign_private)).sign(data)

    def decrypt(self, ephemeral_public: str, nonce: bytes, ciphertext: bytes, associated: bytes) -> bytes:
        try:
            peer = X25519PublicKey.from_public_bytes(bytes.fromhex(ephemeral_public))
            shared = X25519PrivateKey.from_private_bytes(bytes.fromhex(self.enc_private)).exchange(peer)
            key = _derive(shared, ephemeral_public, self.enc_public)
            return AESGCM(key).decrypt(nonce, ciphertext, associated)
        except (InvalidTag, ValueError) as exc:
            raise CryptoError("decryption failed") from exc


def verify(sign_public: str, signature: bytes, data: bytes) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(sign_public)).verify(signature, data)
    except (InvalidSignature, ValueError) as exc:
        raise CryptoError("bad signature") from exc


def _derive(shared: bytes, ephemeral_public: str, recipient_public: str) -> bytes:
    salt = bytes.fromhex(ephemeral_public) + bytes.fromhex(recipient_public)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(shared)


@dataclass(frozen=True)
class Envelope:
    """A fresh ephemeral key agreement with one recipient; its public half and nonce go in the
    manifest, which is then bound to the ciphertext as associated data."""

    ephemeral_public: str
    nonce: bytes
    key: bytes

    @classmethod
    def to(cls, recipient_enc_public: str) -> Envelope:
        ephemeral = X25519PrivateKey.generate()
        ephemeral_public = ephemeral.public_key().public_bytes(_RAW, _RAW_PUB).hex()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(bytes.fromhex(recipient_enc_public)))
        return cls(ephemeral_public, os.urandom(12), _derive(shared, ephemeral_public, recipient_enc_public))

    def seal(self, plaintext: bytes, associated: bytes) -> bytes:
        return AESGCM(self.key).encrypt(self.nonce, plaintext, associated)


def fingerprint(sign_public: str) -> str:
    """What two people read aloud to compare keys: 16 hex digits in groups of four."""
    digest = hashlib.sha256(bytes.fromhex(sign_public)).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))
