"""The log file: tracebacks for bugs, never personal data."""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path

# A NIK or No. KK is 16 digits; anything that long is masked before it reaches the file, also
# when it was typed with separators ("3171 0845 0780 0003", "3171.0845.0780.0003").
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(\d{6})\d{6}(\d{4})(?!\d)")
_SEPARATED = re.compile(r"(?<![\d.\-])\d{2,8}(?:[ .\-]\d{2,8}){1,7}(?![\d])")
# Phone numbers (08..., +62 8..., 62 8...) of 9 to 14 digits: the last digits go.
_PHONE = re.compile(r"(?<!\d)(\+?62|0)(8\d)\d{6,11}(?!\d)")
# Exception messages may quote what the user typed (a name, an address). A traceback keeps the
# exception's type and where it happened; its message is replaced unless it is one of ours
# that never carries data.
_HIDDEN = "[pesan disembunyikan: bisa memuat data pribadi]"


def _mask_separated(match: re.Match[str]) -> str:
    text = match.group(0)
    digits = re.sub(r"\D", "", text)
    return digits[:6] + "******" + digits[12:] if len(digits) == 16 else text


def mask_digits(text: str) -> str:
    """NIK / No. KK runs (with or without separators) and phone numbers, masked."""
    text = _SEPARATED.sub(_mask_separated, text)
    text = _SIXTEEN_DIGITS.sub(r"\1******\2", text)
    return _PHONE.sub(lambda m: m.group(1) + m.group(2) + "*" * (len(m.group(0)) - len(m.group(1)) - 2), text)


def safe_traceback(exc_info: tuple[type[BaseException], BaseException, object] | tuple[None, None, None]) -> str:
    """The traceback with every exception message (also of chained exceptions) replaced: the
    code path and the exception types stay, what the user typed does not."""
    exc_type, exc, tb = exc_info
    if exc_type is None or exc is None:
        return ""
    lines: list[str] = []
    for part in traceback.TracebackException(exc_type, exc, tb).format():  # type: ignore[arg-type]
        lines.append(part)
    text = "".join(lines)
    return mask_digits(_strip_messages(text, exc))


def _messages(exc: BaseException | None) -> list[str]:
    found: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if not _speaks_sql(exc):
            found.append(str(exc))
        found.extend(getattr(exc, "__notes__", []) or [])
        exc = exc.__cause__ or exc.__context__
    return [m for m in found if m.strip()]


def _speaks_sql(exc: BaseException) -> bool:
    """SQLite's own errors name tables and columns, never values: they stay readable."""
    return type(exc).__module__.split(".")[0] in ("sqlite3", "sqlcipher3") and not getattr(exc, "__notes__", None)


def _strip_messages(text: str, exc: BaseException) -> str:
    for message in sorted(set(_messages(exc)), key=len, reverse=True):
        text = text.replace(message, _HIDDEN)
    return text


class MaskNikFilter(logging.Filter):
    """Masks NIK / KK digit runs and phone numbers in a record's message, and hides the messages
    of its exception there too (`log.exception("... %s", exc)`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_digits(message)
        if record.exc_info and record.exc_info[1] is not None:
            masked = _strip_messages(masked, record.exc_info[1])
        if masked != message:
            record.msg, record.args = masked, None
        return True


class SafeFormatter(logging.Formatter):
    """Formats the traceback itself (never a text another handler cached on the record) with
    the exception messages hidden, and masks digits in the whole line."""

    def format(self, record: logging.LogRecord) -> str:
        cached = record.exc_text
        if record.exc_info and record.exc_info[0] is not None:
            record.exc_text = safe_traceback(record.exc_info)
        elif cached:
            record.exc_text = mask_digits(cached)
        try:
            text = super().format(record)
        finally:
            record.exc_text = cached
        return mask_digits(text)


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskNikFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_psmdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._psmdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
