"""The Dashboard: reach against target, the funnel, attendance per session, reach by
organisation and category, organisations nobody from has come, and no-shows.

Built the first time it is shown (QtCharts loads only then, so start-up does not pay for
it), and refreshed from one :meth:`Reach.overview` whenever the rows it counts change -
at once when visible, else on the next show. Every chart has a table behind it that
sorts and exports to CSV for Swedish Excel.
"""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import labels
from ...domain.timezone import from_utc_text
from ...formats import reference
from ...formats.spreadsheet_export import ColumnKind, csv_bytes
from ...options import Options
from ...services.reach import Overview
from ..common.list_page import small_table
from ..common.workspace import Workspace
from .reach_table import CONTEXT, ReachTableModel
from .targets_dialog import TargetsDialog

# Tables whose rows the figures are made of.
WATCHES = frozenset({"attendance", "invitations", "people", "sessions", "targets", "programmes", "organisations"})
# The organisations chart shows this many (most people first); the table holds them all.
CHART_ORGANISATIONS = 12
TEXT, NUMBER, DATE = ColumnKind.TEXT, ColumnKind.NUMBER, ColumnKind.DATE

FUNNEL_COLUMNS = (QT_TRANSLATE_NOOP("DashboardView", "Stage"), QT_TRANSLATE_NOOP("DashboardView", "People"))
SESSION_COLUMNS = (QT_TRANSLATE_NOOP("DashboardView", "Date"), QT_TRANSLATE_NOOP("DashboardView", "Session"),
                   QT_TRANSLATE_NOOP("DashboardView", "Invited"), QT_TRANSLATE_NOOP("DashboardView", "Accepted"),
                   QT_TRANSLATE_NOOP("DashboardView", "Attended"), QT_TRANSLATE_NOOP("DashboardView", "No-shows"))
ORGANISATION_COLUMNS = (QT_TRANSLATE_NOOP("DashboardView", "Organisation"),
                        QT_TRANSLATE_NOOP("DashboardView", "Kind"),
                        QT_TRANSLATE_NOOP("DashboardView", "In register"),
                        QT_TRANSLATE_NOOP("DashboardView", "Reached"), QT_TRANSLATE_NOOP("DashboardView", "Target"))
CATEGORY_COLUMNS = (QT_TRANSLATE_NOOP("DashboardView", "Category"),
                    QT_TRANSLATE_NOOP("DashboardView", "In register"),
                    QT_TRANSLATE_NOOP("DashboardView", "Reached"), QT_TRANSLATE_NOOP("DashboardView", "Target"))
UNREACHED_COLUMNS = (QT_TRANSLATE_NOOP("DashboardView", "Organisation"),
                     QT_TRANSLATE_NOOP("DashboardView", "Kind"),
                     QT_TRANSLATE_NOOP("DashboardView", "In register"))
NO_SHOW_COLUMNS = (QT_TRANSLATE_NOOP("DashboardView", "Name"), QT_TRANSLATE_NOOP("DashboardView", "Organisation"),
                   QT_TRANSLATE_NOOP("DashboardView", "Session"), QT_TRANSLATE_NOOP("DashboardView", "Date"))
COUNTY_COLUMNS = (QT_TRANSLATE_NOOP("DashboardView", "County"), QT_TRANSLATE_NOOP("DashboardView", "Programme"),
                  QT_TRANSLATE_NOOP("DashboardView", "Reached"), QT_TRANSLATE_NOOP("DashboardView", "Target"))


class TablePanel(QFrame):
    """A titled box: a chart (if any) or its table, a toggle between them, and Export."""

    def __init__(self, model: ReachTableModel, chart=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboardPanel")
        self.model = model
        self.chart = chart
        self.title = QLabel()
        self.title.setObjectName("dashboardPanelTitle")
        self.table = small_table(QTableView(), model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table_toggle = QToolButton()
        self.table_toggle.setCheckable(True)
        self.table_toggle.setVisible(chart is not None)
        self.export_button = QToolButton()
        self.stack = QStackedWidget()
        if chart is not None:
            self.stack.addWidget(chart)
        self.stack.addWidget(self.table)
        self.table_toggle.toggled.connect(self.show_table)
        self.export_button.clicked.connect(self.choose_export_file)
        tools = QHBoxLayout()
        tools.addWidget(self.title, 1)
        tools.addWidget(self.table_toggle)
        tools.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)

    def show_table(self, shown: bool) -> None:
        self.stack.setCurrentWidget(self.table if shown or self.chart is None else self.chart)

    def retranslate(self, title: str) -> None:
        self.title.setText(title)
        self.table_toggle.setText(self.tr("Show as table"))
        self.export_button.setText(self.tr("Export table…"))
        self.model.retranslate()

    def choose_export_file(self) -> None:
        suggestion = str(Path.home() / f"{self.title.text()}.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Table"), suggestion,
                                              self.tr("CSV for Excel (*.csv)"))
        if path:
            try:
                self.export_to(Path(path))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Export Table"), self.tr(
                    "The table could not be saved: %1").replace("%1", error.strerror or str(error)))

    def export_to(self, path: Path) -> None:
        """The table as the user sees it (sorted), as CSV for Swedish Excel."""
        path.write_bytes(csv_bytes(self.model.sheet()))


class DashboardView(QWidget):
    def __init__(self, workspace: Workspace, options: Options, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.options = options
        self.overview: Overview | None = None
        self.panels: dict[str, TablePanel] = {}
        self._stale = True
        workspace.changed.connect(self._on_changed)

    # -- building -------------------------------------------------------------------
    def _build(self) -> None:
        from . import charts  # QtCharts: loaded when the dashboard is first shown

        self._charts = charts
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.headline = QLabel()
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.headline.setFont(font)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.summary = QLabel()
        self.targets_button = QPushButton()
        self.targets_button.clicked.connect(self.edit_targets)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.export_report)
        self.targets_button.setVisible(not self.workspace.document.read_only)
        self._add_panels(charts)
        self._lay_out()
        self.retranslate()

    def _add_panels(self, charts) -> None:
        def panel(name: str, columns, kinds, sheet: str, chart: bool = True) -> None:
            model = ReachTableModel(columns, kinds, sheet, self)
            self.panels[name] = TablePanel(model, charts.chart_view() if chart else None)

        panel("funnel", FUNNEL_COLUMNS, (TEXT, NUMBER), QT_TRANSLATE_NOOP("DashboardView", "Funnel"))
        panel("sessions", SESSION_COLUMNS, (DATE, TEXT, NUMBER, NUMBER, NUMBER, NUMBER),
              QT_TRANSLATE_NOOP("DashboardView", "Sessions"))
        panel("organisations", ORGANISATION_COLUMNS, (TEXT, TEXT, NUMBER, NUMBER, NUMBER),
              QT_TRANSLATE_NOOP("DashboardView", "Organisations"))
        panel("categories", CATEGORY_COLUMNS, (TEXT, NUMBER, NUMBER, NUMBER),
              QT_TRANSLATE_NOOP("DashboardView", "Categories"))
        panel("unreached", UNREACHED_COLUMNS, (TEXT, TEXT, NUMBER),
              QT_TRANSLATE_NOOP("DashboardView", "Not reached"), chart=False)
        panel("no_shows", NO_SHOW_COLUMNS, (TEXT, TEXT, TEXT, DATE),
              QT_TRANSLATE_NOOP("DashboardView", "No-shows"), chart=False)
        panel("counties", COUNTY_COLUMNS, (TEXT, TEXT, NUMBER, NUMBER),
              QT_TRANSLATE_NOOP("DashboardView", "Counties"))

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.report_button)
        top.addWidget(self.targets_button)
        self.lists = QTabWidget()
        for name in ("no_shows", "unreached", "counties"):
            self.lists.addTab(self.panels[name], "")
        grid = QGridLayout()
        grid.setSpacing(10)
        grid.addWidget(self.panels["funnel"], 0, 0)
        grid.addWidget(self.panels["sessions"], 0, 1)
        grid.addWidget(self.panels["categories"], 1, 0)
        grid.addWidget(self.panels["organisations"], 1, 1)
        grid.addWidget(self.lists, 0, 2, 2, 1)
        for column, stretch in enumerate((4, 5, 4)):
            grid.setColumnStretch(column, stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addSpacing(6)
        layout.addLayout(grid, 1)

    # -- refreshing -------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every figure again (one pass of a few aggregate queries) and show them."""
        self.overview = self.workspace.reach.overview()
        self.heading.setText(self.tr("National reach") if self.overview.is_national else self.tr("Reach"))
        self._show_headline(self.overview)
        self._show_funnel(self.overview)
        self._show_sessions(self.overview)
        self._show_organisations(self.overview)
        self._show_categories(self.overview)
        self._show_lists(self.overview)

    def _show_headline(self, overview: Overview) -> None:
        headline, funnel = overview.headline, overview.funnel
        if headline.target:
            self.headline.setText(self.tr("%1 of %2 reached (%3 %)").replace("%1", str(headline.reached))
                                  .replace("%2", str(headline.target)).replace("%3", str(headline.percent)))
        else:
            self.headline.setText(self.tr("%1 reached (no target set)").replace("%1", str(headline.reached)))
        self.progress.setRange(0, max(headline.target, 1))
        self.progress.setValue(min(headline.reached, max(headline.target, 1)))
        no_shows = sum(session.no_shows for session in overview.sessions)
        self.summary.setText(self.tr("Invited %1 · accepted %2 · attended %3 · %4 no-shows at sessions held")
                             .replace("%1", str(funnel.invited)).replace("%2", str(funnel.accepted))
                             .replace("%3", str(funnel.attended)).replace("%4", str(no_shows)))

    def _show_funnel(self, overview: Overview) -> None:
        funnel = overview.funnel
        stages = [self.tr("Invited"), self.tr("Accepted"), self.tr("Attended")]
        values = [funnel.invited, funnel.accepted, funnel.attended]
        panel = self.panels["funnel"]
        panel.model.set_rows(list(zip(stages, values)))
        self._charts.show_bars(panel.chart, stages, [(self.tr("People"), values, self._charts.ATTENDED)],
                               horizontal=True)

    def _show_sessions(self, overview: Overview) -> None:
        rows = [(from_utc_text(s.start_utc), s.title, s.invited, s.accepted, s.attended, s.no_shows)
                for s in overview.sessions]
        panel = self.panels["sessions"]
        panel.model.set_rows(rows)
        dates = [labels.date(start) if start else "–" for start, *_ in rows]
        charts = self._charts
        self._charts.show_bars(panel.chart, dates, [
            (self.tr("Invited"), [row[2] for row in rows], charts.INVITED),
            (self.tr("Accepted"), [row[3] for row in rows], charts.ACCEPTED),
            (self.tr("Attended"), [row[4] for row in rows], charts.ATTENDED)], horizontal=False)

    def _show_organisations(self, overview: Overview) -> None:
        rows = [(o.name, labels.organisation_kind(o.kind), o.people, o.reached, o.target)
                for o in overview.organisations]
        panel = self.panels["organisations"]
        panel.model.set_rows(rows)
        largest = sorted(overview.organisations, key=lambda o: -o.people)[:CHART_ORGANISATIONS]
        self._charts.show_bars(panel.chart, [o.name for o in largest],
                               self._reach_series([o.reached for o in largest], [o.people for o in largest],
                                                  [o.target for o in largest]), horizontal=True)

    def _show_categories(self, overview: Overview) -> None:
        rows = [(labels.category(c.category), c.people, c.reached, c.target) for c in overview.categories]
        panel = self.panels["categories"]
        panel.model.set_rows(rows)
        self._charts.show_bars(panel.chart, [row[0] for row in rows],
                               self._reach_series([row[2] for row in rows], [row[1] for row in rows],
                                                  [row[3] for row in rows]), horizontal=True)

    def _reach_series(self, reached: list[int], people: list[int], targets: list[int | None]) -> list:
        """Reached beside the register, and beside the targets where any is set."""
        charts = self._charts
        series = [(self.tr("Reached"), reached, charts.ATTENDED), (self.tr("In register"), people, charts.REGISTER)]
        if any(target is not None for target in targets):
            series.append((self.tr("Target"), [target or 0 for target in targets], charts.TARGET))
        return series

    def _show_lists(self, overview: Overview) -> None:
        self.panels["unreached"].model.set_rows([(o.name, labels.organisation_kind(o.kind), o.people)
                                                 for o in overview.unreached_organisations])
        self.panels["no_shows"].model.set_rows([(n.name, n.organisation, n.session_title, from_utc_text(n.start_utc))
                                                for n in overview.no_shows])
        rows = [(_county_name(c.county_code), c.programme, c.reached, c.target) for c in overview.counties]
        panel = self.panels["counties"]
        panel.model.set_rows(rows)
        self._charts.show_bars(panel.chart, [row[0] for row in rows], [
            (self.tr("Reached"), [row[2] for row in rows], self._charts.ATTENDED),
            (self.tr("Target"), [row[3] for row in rows], self._charts.TARGET)], horizontal=True)
        self.lists.setTabVisible(self.lists.indexOf(panel), overview.is_national)
        self.lists.setTabText(0, self.tr("No-shows (%1)").replace("%1", str(len(overview.no_shows))))
        self.lists.setTabText(1, self.tr("Not reached (%1)").replace(
            "%1", str(len(overview.unreached_organisations))))

    # -- the report -------------------------------------------------------------------
    def export_report(self) -> None:
        """PDF or workbook; figures only unless the user asks for the attendance list."""
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export Reach Report"), str(Path.home() / self.tr("Reach report")),
            self.tr("PDF document (*.pdf);;Excel workbook (*.xlsx)"))
        if not path:
            return
        as_pdf = not (path.endswith(".xlsx") or "xlsx" in chosen)
        target = Path(path if Path(path).suffix else path + (".pdf" if as_pdf else ".xlsx"))
        with_names = QMessageBox.question(
            self, self.tr("Export Reach Report"),
            self.tr("Add the attendance list with people's names? Without it the report holds only figures."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        self.write_report(target, as_pdf=as_pdf, with_attendance=with_names)

    def write_report(self, target: Path, *, as_pdf: bool, with_attendance: bool) -> None:
        from ...printing.reach_report import write_report

        try:
            write_report(self.workspace.document.db, target, as_pdf=as_pdf, with_attendance=with_attendance)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Export Reach Report"), self.tr(
                "The report could not be saved: %1").replace("%1", error.strerror or str(error)))
            return
        self.workspace.message.emit(self.tr("Saved the reach report as %1").replace("%1", str(target)))

    # -- targets ----------------------------------------------------------------------
    def edit_targets(self) -> None:
        programme_id = self.workspace.reach.default_programme()
        if programme_id is not None:
            TargetsDialog(self.workspace, programme_id, self).exec()

    # -- language and visibility -----------------------------------------------------------
    def retranslate(self) -> None:
        self.targets_button.setText(self.tr("&Targets…"))
        self.report_button.setText(self.tr("&Export Report…"))
        titles = {"funnel": self.tr("Invited → accepted → attended"),
                  "sessions": self.tr("Attendance per session"),
                  "organisations": self.tr("Reach by organisation"),
                  "categories": self.tr("Reach by category"),
                  "unreached": self.tr("Organisations with nobody reached yet"),
                  "no_shows": self.tr("Accepted but absent"),
                  "counties": self.tr("Reach per county against its target")}
        for name, title in titles.items():
            self.panels[name].retranslate(title)
        self.lists.setTabText(2, self.tr("Counties"))
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables & WATCHES:
            if self.isVisible() and self.panels:
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:
        if not self.panels:
            self._build()
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.panels:
            self.retranslate()
        super().changeEvent(event)


def _county_name(code: str | None) -> str:
    if not code:
        return QCoreApplication.translate(CONTEXT, "(no county)")
    try:
        return reference.county(code).name
    except KeyError:
        return code
