"""Where PSM Desk keeps its files: one place, so tests and portable installs can move everything."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "PSMDESK_DATA_DIR"


def default_data_dir() -> Path:
    """The per-user data folder of the platform (nothing is created here)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "PSMDesk"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "PSMDesk"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "psmdesk"


@dataclass(frozen=True)
class AppPaths:
    """Every file PSM Desk writes lives under `data_dir`."""

    data_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> AppPaths:
        return cls(Path(data_dir).expanduser().resolve() if data_dir else default_data_dir())

    @property
    def database(self) -> Path:
        return self.data_dir / "psmdesk.db"

    @property
    def keyfile(self) -> Path:
        """The database's data key, sealed by the passphrase and the recovery code."""
        return self.data_dir / "kunci.json"

    @property
    def settings(self) -> Path:
        return self.data_dir / "settings.json"

    @property
    def logs(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "psmdesk.log"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def exports(self) -> Path:
        return self.data_dir / "ekspor"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)


def resource_path(*parts: str) -> Path:
    """A file under `resources/`, both from a source checkout and inside a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
