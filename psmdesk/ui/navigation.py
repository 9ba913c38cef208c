"""The registry of pages in the left navigation, in order (Ctrl+1 is the first one).

A module plugs in by pointing its entry's factory at its page, e.g. for Keluarga:

    def _households(ctx, window):
        from psmdesk.ui.households.page import HouseholdsPage
        return HouseholdsPage(ctx, window)

Factories import their module lazily: the window opens fast and a page is built on first use.
Optional hooks a page may define (looked up with getattr, so a page needs no base class):
- `on_shown()`: called every time the page is opened (re-read data, focus the search box);
- `new_record()`: Beranda's "add the first household" calls it on the Keluarga page;
- `can_close() -> bool`: asked before the window closes; False keeps the window open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from psmdesk.paths import resource_path
from psmdesk.ui.i18n import translate

if TYPE_CHECKING:
    from psmdesk.services.context import AppContext
    from psmdesk.ui.main_window import MainWindow

PageFactory = Callable[["AppContext", "MainWindow"], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, marked with QT_TRANSLATE_NOOP("Navigation", ...)
    icon: str  # file name in resources/icons/
    factory: PageFactory

    @property
    def display_title(self) -> str:
        return translate("Navigation", self.title)

    def load_icon(self) -> QIcon:
        return QIcon(str(resource_path("icons", self.icon)))


def _home(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.home import HomePage

    return HomePage(ctx, window)


def _households(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.households.page import HouseholdsPage

    return HouseholdsPage(ctx, window)


def _settings(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.settings.page import SettingsPage

    return SettingsPage(ctx, window)


def _sync(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.sync.page import SyncPage

    return SyncPage(ctx, window)


def _meals(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.meals.page import MealsPage

    return MealsPage(ctx, window)


def _kube(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.kube.page import KubePage

    return KubePage(ctx, window)


def _casework(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.casework.page import CaseworkPage

    return CaseworkPage(ctx, window)


def _reports(ctx: AppContext, window: MainWindow) -> QWidget:
    from psmdesk.ui.reports.page import ReportsPage

    return ReportsPage(ctx, window)


def _coming_later(key: str) -> PageFactory:
    def factory(ctx: AppContext, window: MainWindow) -> QWidget:
        from psmdesk.ui.coming_later import ComingLaterPage

        return ComingLaterPage(key)

    return factory


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("Navigation", "Home"), "home.svg", _home),
    PageSpec("households", QT_TRANSLATE_NOOP("Navigation", "Households"), "households.svg",
             _households),
    PageSpec("meals", QT_TRANSLATE_NOOP("Navigation", "Elderly Meals"), "meals.svg", _meals),
    PageSpec("kube", QT_TRANSLATE_NOOP("Navigation", "KUBE"), "kube.svg", _kube),
    PageSpec("casework", QT_TRANSLATE_NOOP("Navigation", "Casework"), "casework.svg",
             _casework),
    PageSpec("sync", QT_TRANSLATE_NOOP("Navigation", "Sync"), "sync.svg", _sync),
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "reports.svg", _reports),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings.svg", _settings),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
