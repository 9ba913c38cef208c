"""Child process for the meal scenarios: builds a Pokmas-year (200 beneficiaries x 365 days at kota
size) through the services, records the last days and recaps the year, the recap shown in the
Rekap Bulanan screen's own table model. Prints the timings as JSON on the last line."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path


def main() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from psmdesk.datagen.meals import measure_meals
    from psmdesk.services.meals import MonthlyRecap
    from psmdesk.ui.meals.recap_view import RecapTableModel

    app = QApplication([])
    model = RecapTableModel()

    def show(recap: MonthlyRecap) -> None:  # what the view asks of the model for every cell
        model.set_recap(recap)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
        app.processEvents()

    beneficiaries, days = int(sys.argv[2]), int(sys.argv[3])
    timings = measure_meals(Path(sys.argv[1]), beneficiaries=beneficiaries, days=days, show=show)
    print(json.dumps(asdict(timings)))


if __name__ == "__main__":
    main()
