"""What a target can fill from a column, and how header texts suggest the column for a field."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from psmdesk.domain.tabular import header_key

EXACT, LAST_PART, CONTAINS = 3, 2, 1


@dataclass(frozen=True)
class FieldSpec:
    key: str  # stable: used in --mapping files and in remembered mappings
    label: str  # Indonesian, as the wizard and the CLI show it
    synonyms: tuple[str, ...]  # header texts in Indonesian and English, any case or punctuation
    required: bool = False
    hint: str = ""
    identity: bool = False  # NIK or No. KK: kept as text everywhere

    def header_keys(self) -> tuple[str, ...]:
        return tuple(header_key(s) for s in (self.key, self.label, *self.synonyms))


def strength(parts: Sequence[str], spec: FieldSpec) -> int:
    """How well a column header (its parts, top row first) names `spec`: 3 exact, 2 the lowest
    header row alone is exact (merged two-row headers), 1 the field's name appears as words."""
    full = header_key(" ".join(parts))
    last = header_key(parts[-1]) if parts else ""
    if not full:
        return 0
    best = 0
    for key in spec.header_keys():
        if not key:
            continue
        if key == full:
            return EXACT
        if key == last:
            best = max(best, LAST_PART)
        elif len(key) > 2 and f" {key} " in f" {full} ":
            best = max(best, CONTAINS)
    return best


def best_field(parts: Sequence[str], specs: Iterable[FieldSpec]) -> tuple[FieldSpec | None, int]:
    found: FieldSpec | None = None
    score = 0
    for spec in specs:
        s = strength(parts, spec)
        if s > score:
            found, score = spec, s
    return found, score


def suggest(columns: Sequence[Sequence[str]], specs: Sequence[FieldSpec]) -> dict[str, int]:
    """field key -> column index: strongest matches first, each field and column used once."""
    candidates = sorted(
        ((strength(parts, spec), index, position, spec.key)
         for index, parts in enumerate(columns) for position, spec in enumerate(specs)),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for score, index, _position, key in candidates:
        if score == 0:
            break
        if key in mapping or index in used:
            continue
        mapping[key] = index
        used.add(index)
    return mapping
