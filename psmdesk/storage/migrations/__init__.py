"""Named, append-only migrations, one module each. Never edit one that has shipped; add a new
module and import it below, in order: the import order is the order they run in."""

from __future__ import annotations

from sqlite_utils.migrations import Migrations

migrations = Migrations("psmdesk")

from psmdesk.storage.migrations import m0001_core, m0002_households, m0003_sync  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0004_meals  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0005_kube  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0006_casework  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0007_table_import  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0008_empowerment  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0010_privacy  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0009_performance  # noqa: E402, F401, I001
from psmdesk.storage.migrations import m0011_member_count  # noqa: E402, F401, I001
