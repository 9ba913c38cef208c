"""Raw connections for tests that look under the services, through the app's own driver."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from psmdesk.paths import AppPaths
from psmdesk.storage import cipher


def connect_data(data_dir: str | Path) -> Any:
    """The data folder's database, unlocked with PSMDESK_PASSPHRASE when it is protected."""
    from psmdesk.services import security

    paths = AppPaths.resolve(data_dir)
    key = security.unlock(paths, os.environ["PSMDESK_PASSPHRASE"]) if paths.keyfile.exists() else None
    return cipher.connect(paths.database, key=key)
