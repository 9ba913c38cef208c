"""The log file: tracebacks for bugs, never personal data."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

# A NIK or No. KK is 16 digits; anything that long is masked before it reaches the file.
_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(\d{6})\d{6}(\d{4})(?!\d)")


class MaskNikFilter(logging.Filter):
    """Masks every 16-digit run (NIK, No. KK) in a record, including its traceback text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _SIXTEEN_DIGITS.sub(r"\1******\2", message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _SIXTEEN_DIGITS.sub(r"\1******\2", record.exc_text)
        return True


def mask_digits(text: str) -> str:
    return _SIXTEEN_DIGITS.sub(r"\1******\2", text)


def setup_logging(log_file: Path, level: int = logging.INFO) -> None:
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskNikFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_psmdesk", False)]:
        root.removeHandler(old)
        old.close()
    handler._psmdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
