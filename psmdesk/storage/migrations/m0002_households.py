"""Household mapping: households, members, PPKS, visits, search index."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import synced_table


@migrations(name="0002_households")
def households(db: Database) -> None:
    db.execute(
        synced_table(
            "households",
            """no_kk TEXT,
            kelurahan_code TEXT NOT NULL,
            rt TEXT NOT NULL,
            rw TEXT NOT NULL,
            street TEXT NOT NULL DEFAULT '',
            latitude REAL,
            longitude REAL,
            visit_date TEXT,
            volunteer TEXT NOT NULL DEFAULT '',
            tenure TEXT,
            floor_area REAL,
            floor_material TEXT,
            floor_condition TEXT,
            wall_material TEXT,
            wall_condition TEXT,
            roof_material TEXT,
            roof_condition TEXT,
            bedrooms INTEGER,
            water_source TEXT,
            lighting_source TEXT,
            electricity_va INTEGER,
            cooking_fuel TEXT,
            toilet TEXT,
            programmes TEXT NOT NULL DEFAULT '[]',
            programmes_other TEXT NOT NULL DEFAULT '',
            desil INTEGER,
            assets TEXT NOT NULL DEFAULT '[]',
            notes TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT ''""",
        )
    )
    # Partial indexes in the list's sort orders: the first screen of 150,000 households reads
    # only the rows it shows.
    db.execute("CREATE INDEX households_area ON households (kelurahan_code, rw, rt, street, id)"
               " WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX households_kk ON households (no_kk, id) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX households_visit ON households (visit_date DESC, id) WHERE deleted_at IS NULL")
    db.execute("CREATE INDEX households_kk_all ON households (no_kk)")
    db.execute(
        synced_table(
            "members",
            """household_id TEXT NOT NULL REFERENCES households (id),
            position INTEGER NOT NULL DEFAULT 0,
            nik TEXT,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            sex TEXT,
            birth_date TEXT,
            age_years INTEGER,
            relation TEXT NOT NULL,
            marital_status TEXT,
            education TEXT,
            occupation TEXT NOT NULL DEFAULT '',
            disability TEXT,
            chronic_illness TEXT NOT NULL DEFAULT '',
            lives_alone INTEGER NOT NULL DEFAULT 0,
            phone TEXT""",
        )
    )
    db.execute("CREATE INDEX members_household ON members (household_id, position)")
    db.execute("CREATE INDEX members_nik ON members (nik)")
    db.execute("CREATE INDEX members_name_key ON members (name_key, birth_date)")
    db.execute(
        synced_table(
            "ppks_cases",
            """household_id TEXT NOT NULL REFERENCES households (id),
            member_id TEXT REFERENCES members (id),
            category TEXT NOT NULL,
            status TEXT NOT NULL,
            status_date TEXT,
            notes TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX ppks_household ON ppks_cases (household_id)")
    db.execute("CREATE INDEX ppks_category ON ppks_cases (category)")
    db.execute(
        synced_table(
            "visits",
            """household_id TEXT NOT NULL REFERENCES households (id),
            visit_date TEXT NOT NULL,
            volunteer TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX visits_household ON visits (household_id, visit_date)")
    # One search document per household: KK, members' names and NIKs, address, skills.
    db.execute(
        "CREATE VIRTUAL TABLE household_search USING fts5("
        "household_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
