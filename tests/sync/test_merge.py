"""Per-field merge rules, on the pure function."""

from __future__ import annotations

from psmdesk.sync.merge import Outcome, merge_field, merge_row

NOW = 1_800_000_000_000


def stamp(ms: int, device: str = "a" * 32, counter: int = 0) -> str:
    return f"{ms:013d}-{counter:05d}-{device}"


A, B, C = stamp(1_790_000_000_000), stamp(1_790_000_000_100, "b" * 32), stamp(1_790_000_000_200)


def test_same_change_is_kept() -> None:
    assert merge_field(("x", A, ""), ("x", A, ""), NOW) is Outcome.KEEP


def test_a_later_edit_that_saw_ours_replaces_it_quietly() -> None:
    assert merge_field(("old", A, ""), ("new", B, A), NOW) is Outcome.TAKE


def test_concurrent_edits_keep_the_loser() -> None:
    # Both edited from the same base value (none): the later stamp wins, the other is a conflict.
    assert merge_field(("ours", C, ""), ("theirs", B, ""), NOW) is Outcome.KEEP_CONFLICT
    assert merge_field(("ours", A, ""), ("theirs", B, ""), NOW) is Outcome.TAKE_CONFLICT


def test_concurrent_edits_to_the_same_value_are_kept_as_dormant() -> None:
    # Kept, but not shown while the values agree (see conflicts.same_value).
    assert merge_field(("same", A, ""), ("same", B, ""), NOW) is Outcome.TAKE_CONFLICT


def test_a_stale_value_that_we_had_seen_is_ignored() -> None:
    assert merge_field(("new", B, A), ("old", A, ""), NOW) is Outcome.KEEP


def test_implausible_clocks_never_win() -> None:
    future = stamp(NOW + 10 * 24 * 3600 * 1000)
    ancient = stamp(1_000_000_000_000)
    assert merge_field(("ours", A, ""), ("theirs", future, ""), NOW) is Outcome.KEEP_FLAGGED
    assert merge_field(("ours", A, ""), ("theirs", ancient, ""), NOW) is Outcome.KEEP_FLAGGED


def test_different_fields_merge_without_conflict() -> None:
    local = {"rt": "003", "street": "Jl. Galur Sari"}
    remote = {"rt": "003", "street": "Jl. Galur Raya"}
    local_clocks = {"rt": (B, A), "street": (A, "")}
    remote_clocks = {"rt": (A, ""), "street": (C, A)}
    merged = merge_row(local, local_clocks, remote, remote_clocks, ["rt", "street"], NOW)
    assert merged.values == {"street": "Jl. Galur Raya"} and merged.losers == []
    assert merged.clocks == {"rt": (B, A), "street": (C, A)}


def test_a_laptops_later_edit_supersedes_its_own_earlier_one() -> None:
    later = stamp(1_790_000_000_500)  # device a again, based on nothing foreign
    assert merge_field(("first", A, ""), ("second", later, ""), NOW) is Outcome.TAKE
    assert merge_field(("second", later, ""), ("first", A, ""), NOW) is Outcome.KEEP
