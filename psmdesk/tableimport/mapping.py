"""Column mappings as people and files write them: {field: column header}. Remembered per file
shape on this laptop, or given as a JSON file (`psmdesk import-table --mapping FILE`)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from psmdesk.domain.tabular import header_key
from psmdesk.services.errors import UserError
from psmdesk.tableimport.fields import FieldSpec
from psmdesk.tableimport.headers import HeaderLayout


def to_titles(mapping: dict[str, int], layout: HeaderLayout) -> dict[str, str]:
    return {key: layout.columns[index].title for key, index in mapping.items() if index < len(layout.columns)}


def _column(layout: HeaderLayout, title: str) -> int | None:
    """A column by its header exactly as remembered, then in any case and punctuation, its lowest
    header row alone, or its letter ("F")."""
    wanted = header_key(title)
    for attempt in ("exact", "title", "last", "letter"):
        found = [c.index for c in layout.columns
                 if (attempt == "exact" and c.parts and c.title == title)
                 or (attempt == "title" and c.parts and header_key(c.title) == wanted)
                 or (attempt == "last" and c.parts and header_key(c.parts[-1]) == wanted)
                 or (attempt == "letter" and c.letter.lower() == title.strip().lower())]
        if len(found) == 1:
            return found[0]
    return None


def from_titles(titles: dict[str, str], layout: HeaderLayout, fields: Sequence[FieldSpec]) -> tuple[dict[str, int],
                                                                                                      list[str]]:
    """(mapping, problems): unknown fields and headers the file does not have are reported."""
    known = {f.key for f in fields}
    mapping: dict[str, int] = {}
    problems: list[str] = []
    for key, title in titles.items():
        if key not in known:
            problems.append(f"Isian '{key}' tidak dikenal. Yang ada: {', '.join(f.key for f in fields)}.")
            continue
        if not title:
            continue
        index = _column(layout, title)
        if index is None:
            problems.append(f"Kolom '{title}' (untuk {key}) tidak ada di berkas.")
        elif index in mapping.values():
            problems.append(f"Kolom '{title}' dipilih untuk dua isian.")
        else:
            mapping[key] = index
    return mapping, problems


def load_mapping_file(path: Path, layout: HeaderLayout, fields: Sequence[FieldSpec]) -> dict[str, int]:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise UserError(f"Berkas pemetaan {Path(path).name} tidak bisa dibaca.") from exc
    except ValueError as exc:
        raise UserError(f"Berkas pemetaan {Path(path).name} bukan JSON yang benar: {exc}") from exc
    if not isinstance(raw, dict) or not all(isinstance(k, str) and isinstance(v, str | None) for k, v in raw.items()):
        raise UserError(f"Berkas pemetaan {Path(path).name} harus berbentuk {{\"isian\": \"judul kolom\"}}.")
    mapping, problems = from_titles({k: v or "" for k, v in raw.items()}, layout, fields)
    if problems:
        raise UserError("Pemetaan kolom tidak cocok dengan berkas: " + " ".join(problems))
    return mapping
