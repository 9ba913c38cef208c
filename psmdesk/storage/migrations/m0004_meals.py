"""Permakanan Lansia: Pokmas, the roster, the day's menu and stage times, and deliveries."""

from __future__ import annotations

from sqlite_utils import Database

from psmdesk.storage.migrations import migrations
from psmdesk.storage.schema import synced_table


@migrations(name="0004_meals")
def meals(db: Database) -> None:
    db.execute(
        synced_table(
            "pokmas",
            """name TEXT NOT NULL,
            kecamatan_code TEXT NOT NULL,
            kelurahan_codes TEXT NOT NULL DEFAULT '[]',
            leader TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            kitchen_address TEXT NOT NULL DEFAULT '',
            psm_name TEXT NOT NULL DEFAULT '',
            unit_cost INTEGER NOT NULL DEFAULT 30000,
            active INTEGER NOT NULL DEFAULT 1""",
        )
    )
    db.execute(
        synced_table(
            "meal_beneficiaries",
            """pokmas_id TEXT NOT NULL REFERENCES pokmas (id),
            member_id TEXT NOT NULL REFERENCES members (id),
            household_id TEXT NOT NULL REFERENCES households (id),
            start_date TEXT NOT NULL,
            end_date TEXT,
            end_reason TEXT NOT NULL DEFAULT '',
            override_reason TEXT NOT NULL DEFAULT '',
            diet_notes TEXT NOT NULL DEFAULT '',
            health_notes TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX meal_beneficiaries_pokmas ON meal_beneficiaries (pokmas_id, start_date)")
    db.execute("CREATE INDEX meal_beneficiaries_member ON meal_beneficiaries (member_id)")
    # One row per Pokmas and date, with an id derived from both (storage.meals.meal_day_id), so two
    # laptops recording the same day write the same record and merge per field. Not UNIQUE: a
    # hand-made bundle must be refused by the checks, not crash the import.
    db.execute(
        synced_table(
            "meal_days",
            """pokmas_id TEXT NOT NULL REFERENCES pokmas (id),
            date TEXT NOT NULL,
            menu TEXT NOT NULL DEFAULT '',
            time_siap TEXT NOT NULL DEFAULT '',
            time_olah TEXT NOT NULL DEFAULT '',
            time_kemas TEXT NOT NULL DEFAULT '',
            time_antar TEXT NOT NULL DEFAULT ''""",
        )
    )
    db.execute("CREATE INDEX meal_days_pokmas ON meal_days (pokmas_id, date)")
    # Append-only. The self reference is deferred: a bundle carries entries ordered by id, and a
    # correction made on a laptop whose clock runs behind may sort before the entry it corrects.
    db.execute(
        synced_table(
            "meal_deliveries",
            """pokmas_id TEXT NOT NULL REFERENCES pokmas (id),
            beneficiary_id TEXT NOT NULL REFERENCES meal_beneficiaries (id),
            date TEXT NOT NULL,
            outcome TEXT NOT NULL,
            morning INTEGER NOT NULL DEFAULT 0,
            midday INTEGER NOT NULL DEFAULT 0,
            handed_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            supersedes_id TEXT REFERENCES meal_deliveries (id) DEFERRABLE INITIALLY DEFERRED""",
        )
    )
    # The recap and the daily log read a Pokmas over a date range; the history reads one person.
    db.execute("CREATE INDEX meal_deliveries_day ON meal_deliveries (pokmas_id, date)")
    db.execute("CREATE INDEX meal_deliveries_person ON meal_deliveries (beneficiary_id, date)")
    # "Is this entry superseded?" is asked for every entry a read touches.
    db.execute("CREATE INDEX meal_deliveries_supersedes ON meal_deliveries (supersedes_id)")
