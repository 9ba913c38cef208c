"""Per-computer preferences (language, window), kept beside the database as JSON.

What travels with the data (the profile, device id) lives in the database instead."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

log = logging.getLogger(__name__)


class Settings(BaseModel):
    language: Literal["id", "en"] = "id"
    autosave_seconds: int = 10
    # Lock the windows after this many minutes without keyboard or mouse; 0: never.
    lock_minutes: int = Field(default=10, ge=0, le=240)

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            return cls.model_validate(json.loads(path.read_text(encoding="utf-8")))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError, ValidationError):
            log.warning("Settings file unreadable; using defaults")
            return cls()

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(self.model_dump_json(indent=2), encoding="utf-8")
        os.replace(tmp, path)
