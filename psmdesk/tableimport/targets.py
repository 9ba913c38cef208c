"""The kinds of records a spreadsheet can be imported into. Each target knows its fields, how to
preview a mapped file, and how to write the preview; the engine around it is shared."""

from __future__ import annotations

from typing import Any, Protocol

from psmdesk.services.context import AppContext
from psmdesk.services.errors import UserError
from psmdesk.tableimport.fields import FieldSpec
from psmdesk.tableimport.plan import CancelledFn, ImportOptions, ImportPlan, MappedSource, ProgressFn, SinkFn


class Target(Protocol):
    @property
    def key(self) -> str: ...  # "households": the CLI's --target and the remembered mappings

    @property
    def title(self) -> str: ...  # Indonesian, for the wizard

    @property
    def description(self) -> str: ...

    @property
    def fields(self) -> tuple[FieldSpec, ...]: ...

    @property
    def coordinator_only(self) -> bool: ...  # the wizard offers it to a Koordinator only

    def unavailable(self) -> str | None:
        """Why this target cannot be used in this version, or None."""

    def mapping_problems(self, mapping: dict[str, int], options: ImportOptions) -> list[str]:
        """What the mapping still lacks before a preview makes sense (Indonesian)."""

    def plan(self, ctx: AppContext, source: MappedSource, options: ImportOptions, progress: ProgressFn,
             cancelled: CancelledFn, sink: SinkFn | None = None) -> ImportPlan:
        """The preview, row by row. Without a sink the write instructions are kept in plan.work
        (nothing is written); with one, each goes to the sink as soon as it is settled."""

    def writer(self, ctx: AppContext, options: ImportOptions, progress: ProgressFn,
               cancelled: CancelledFn) -> Writer:
        """Writes instructions inside the caller's transaction (raising Cancelled when asked to stop)."""


class Writer(Protocol):
    def add(self, work: Any) -> None: ...

    def finish(self) -> int:
        """Writes what is still buffered; returns the number of records written."""


def all_targets() -> list[Target]:
    from psmdesk.tableimport.households.target import HouseholdsTarget
    from psmdesk.tableimport.kube_members import KubeMembersTarget
    from psmdesk.tableimport.psm import PsmTarget
    from psmdesk.tableimport.roster import RosterTarget

    return [
        HouseholdsTarget(),
        RosterTarget(),
        KubeMembersTarget(),
        PsmTarget(),
    ]


TARGET_KEYS = ("households", "roster", "kube-members", "psm")


def get_target(key: str) -> Target:
    for target in all_targets():
        if target.key == key:
            return target
    raise UserError(f"Sasaran impor '{key}' tidak dikenal. Pilih salah satu: {', '.join(TARGET_KEYS)}.")
