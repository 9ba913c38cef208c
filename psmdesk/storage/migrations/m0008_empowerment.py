"""Group empowerment stages of a KUBE and welfare indicators (before/after) of a group or an RW."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import synced_table

# One column pair per dimension rather than a JSON column: per-field merge then lets two devices
# score different dimensions of the same assessment without a conflict. The dimension list is
# fixed by the method (eight dimensions); a ninth would be a new migration. Written out here, not
# imported from the domain, so this shipped migration never changes with the code.
DIMENSION_CODES = ("kependudukan", "kesehatan", "pendidikan", "ketenagakerjaan", "konsumsi", "perumahan",
                   "kemiskinan", "pola_pikir")


@migrations(name="0008_empowerment")
def empowerment(db: Database) -> None:
    db.execute(
        synced_table(
            "empowerment_stages",
            """group_id TEXT NOT NULL REFERENCES kube_groups (id),
            stage TEXT NOT NULL,
            started_on TEXT NOT NULL,
            ended_on TEXT,
            activities TEXT NOT NULL DEFAULT '',
            supporting TEXT NOT NULL DEFAULT '',
            hindering TEXT NOT NULL DEFAULT '',
            psm TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX empowerment_stages_group ON empowerment_stages (group_id, started_on)")
    dimensions = ",\n".join(f"{code}_score INTEGER,\n{code}_note TEXT NOT NULL DEFAULT ''" for code in DIMENSION_CODES)
    db.execute(
        synced_table(
            "welfare_indicators",
            f"""group_id TEXT REFERENCES kube_groups (id),
            kelurahan_code TEXT NOT NULL,
            rw TEXT NOT NULL DEFAULT '',
            phase TEXT NOT NULL,
            assessed_on TEXT NOT NULL,
            assessor TEXT NOT NULL DEFAULT '',
            {dimensions}""",
        )
    )
    db.execute("CREATE INDEX welfare_indicators_group ON welfare_indicators (group_id)")
    db.execute("CREATE INDEX welfare_indicators_area ON welfare_indicators (kelurahan_code, rw)")
