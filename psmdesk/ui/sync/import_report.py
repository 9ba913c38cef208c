"""The import report: one block per bundle, as HTML for the screen and plain text for a file."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime

from psmdesk.domain.dates import format_date
from psmdesk.services.conflicts import TABLE_LABELS
from psmdesk.services.sync_import import ImportResult
from psmdesk.ui.i18n import translate
from psmdesk.ui.style import ERROR, WARNING

SKIPPED = "skipped"  # not reached: the coordinator cancelled the import first


@dataclass
class ImportReport:
    results: list[ImportResult]
    made_at: datetime = field(default_factory=lambda: datetime.now().astimezone())
    cancelled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    def total(self, attr: str) -> int:
        return sum(getattr(r, attr) for r in self.results if r.status == "applied")


def _when(moment: datetime) -> str:
    return f"{format_date(moment.date())} {moment.hour:02d}.{moment.minute:02d}"


def headline(report: ImportReport) -> str:
    parts = [translate("SyncReport", "%1 applied").replace("%1", str(report.count("applied")))]
    for status, text in (("rejected", translate("SyncReport", "%1 refused")),
                         ("already", translate("SyncReport", "%1 imported before")),
                         (SKIPPED, translate("SyncReport", "%1 not applied (cancelled)"))):
        if report.count(status):
            parts.append(text.replace("%1", str(report.count(status))))
    return ", ".join(parts) + "."


def totals(report: ImportReport) -> str:
    return (translate("SyncReport", "In all: %1 new, %2 updated, %3 deleted, %4 conflict(s).")
            .replace("%1", str(report.total("added"))).replace("%2", str(report.total("updated")))
            .replace("%3", str(report.total("deleted"))).replace("%4", str(report.total("conflicts"))))


def _title(result: ImportResult) -> str:
    if not result.seq:
        return ""
    return (translate("SyncReport", "Bundle no. %1 from %2").replace("%1", str(result.seq))
            .replace("%2", result.sender or "?"))


def _status(result: ImportResult) -> str:
    if result.status == "applied":
        return translate("SyncReport", "Applied")
    if result.status == "already":
        return translate("SyncReport", "Imported before; nothing changed")
    if result.status == SKIPPED:
        return translate("SyncReport", "Not applied: the import was cancelled first. Import this file again.")
    return (translate("SyncReport", "REFUSED: %1. Nothing from this file was applied.")
            .replace("%1", result.reason))


def _table_lines(result: ImportResult) -> list[str]:
    lines = []
    for table, counts in result.tables.items():
        if not any(counts.get(k, 0) for k in ("added", "updated", "deleted")):
            continue  # a table with nothing new is noise in the report
        lines.append(
            translate("SyncReport", "%1: %2 new, %3 updated, %4 same, %5 deleted")
            .replace("%1", TABLE_LABELS.get(table, table)).replace("%2", str(counts.get("added", 0)))
            .replace("%3", str(counts.get("updated", 0))).replace("%4", str(counts.get("unchanged", 0)))
            .replace("%5", str(counts.get("deleted", 0))))
    return lines


def _nothing_new(result: ImportResult) -> str:
    return translate("SyncReport", "Nothing new in this bundle (%1 record(s) were already the same).").replace(
        "%1", str(result.unchanged))


def _conflict_line(result: ImportResult) -> str:
    return translate("SyncReport", "%1 conflict(s): decide them in the Conflicts tab.").replace(
        "%1", str(result.conflicts))


def as_html(report: ImportReport) -> str:
    title = translate("SyncReport", "Import report")
    out = [f"<h3>{html.escape(title)} \u2014 {_when(report.made_at)}</h3>",
           f"<p><b>{html.escape(headline(report))}</b> {html.escape(totals(report))}</p>"]
    for number, result in enumerate(report.results, start=1):
        out.append(f"<p style='margin-top:10px'><b>{number}. {html.escape(result.file)}</b>")
        if _title(result):
            out.append(f"<br>{html.escape(_title(result))}")
        color = ERROR if result.status == "rejected" else "inherit"
        out.append(f"<br><span style='color:{color}'><b>{html.escape(_status(result))}</b></span>")
        if result.status == "applied":
            for line in _table_lines(result) or [_nothing_new(result)]:
                out.append(f"<br>&nbsp;&nbsp;{html.escape(line)}")
            if result.conflicts:
                out.append(f"<br><span style='color:{WARNING}'><b>{html.escape(_conflict_line(result))}</b></span>")
        out.append("</p>")
    return "\n".join(out)


def as_text(report: ImportReport, office: str = "") -> str:
    title = translate("SyncReport", "Import report")
    lines = [f"PSM Desk \u2014 {title}"]
    if office:
        lines.append(office)
    lines += [_when(report.made_at), "", headline(report), totals(report)]
    for number, result in enumerate(report.results, start=1):
        lines += ["", f"{number}. {result.file}"]
        if _title(result):
            lines.append(f"   {_title(result)}")
        lines.append(f"   {_status(result)}")
        if result.status == "applied":
            lines += [f"   {line}" for line in _table_lines(result) or [_nothing_new(result)]]
            if result.conflicts:
                lines.append(f"   {_conflict_line(result)}")
    return "\r\n".join(lines) + "\r\n"  # CRLF: Notepad on an old Windows laptop shows it right
