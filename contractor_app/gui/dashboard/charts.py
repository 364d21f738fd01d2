"""The dashboard's charts (QtCharts): hours and pay per week, paid per hour against the minimum wage, and paid
and owed per client. Colours come from the window's palette, so the charts read in a light or a dark theme; each
point's tooltip says what it sums, and each chart's accessible description says it all in words (its text equivalent
for a screen reader).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from ...services.dashboard import ClientBalance, WeekFigures
from .. import formatting as fmt
from ..pay.text import range_text

MAX_NAME = 22


def tr(text: str) -> str:
    return QCoreApplication.translate("dashboard", text)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def series_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(accent, second, reference): the palette's highlight, a calm green, and a muted grey for references."""
    dark = is_dark(palette)
    accent = palette.color(QPalette.ColorRole.Highlight)
    if dark:
        accent = accent.lighter(140)
    return accent, QColor("#81c784" if dark else "#2e7d32"), palette.color(QPalette.ColorRole.PlaceholderText)


def blend(back: QColor, front: QColor, amount: float) -> QColor:
    """An opaque colour ``amount`` of the way from ``back`` to ``front`` (faint grid lines on any background)."""
    channels = zip(back.getRgb()[:3], front.getRgb()[:3], strict=True)  # type: ignore[index]  # stubs: getRgb -> object
    return QColor(*(round(b + (f - b) * amount) for b, f in channels))


def elided(name: str) -> str:
    return name if len(name) <= MAX_NAME else name[:MAX_NAME - 1].rstrip() + "…"


def _show_tip(text: str) -> None:
    QToolTip.showText(QCursor.pos(), text)


class Chart(QChartView):
    """A chart view themed from the palette; subclasses fill ``self.chart()`` in ``plot``."""

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(title)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.category_axis: QBarCategoryAxis | None = None  # the week labels along the bottom, if any
        self.value_axis: QValueAxis | None = None
        self._value_titles: tuple[str, str] = ("", "")  # the value axis's title, and a shorter one for little room
        chart.plotAreaChanged.connect(lambda _: self._fit())
        self.setChart(chart)  # subclasses call theme() once their series attributes exist

    def theme(self) -> None:
        palette = self.palette()
        chart = self.chart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if is_dark(palette) else QChart.ChartTheme.ChartThemeLight)
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundRoundness(0)
        text = palette.color(QPalette.ColorRole.Text)
        chart.setTitleBrush(text)
        title = QFont(self.font())
        title.setBold(True)
        chart.setTitleFont(title)
        chart.legend().setLabelColor(text)
        chart.legend().setFont(self.font())
        grid = blend(palette.color(QPalette.ColorRole.Base), text, 0.18)
        labels = QFont(self.font())
        labels.setPointSizeF(labels.pointSizeF() * 0.9)
        for axis in chart.axes():
            axis.setLabelsBrush(text)
            axis.setTitleBrush(text)
            axis.setLabelsFont(labels)
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        self._colour_series()

    def _colour_series(self) -> None:
        """Subclasses colour their series from the palette (after a theme resets them)."""

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # a Qt override; event is a QEvent
        if event.type() == event.Type.PaletteChange:
            self.theme()
        super().changeEvent(event)

    def _reset(self) -> None:
        chart = self.chart()
        chart.removeAllSeries()
        self.category_axis = None
        self.value_axis = None
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _fit(self) -> None:
        self.fit_labels()
        self.fit_value_title()

    def fit_value_title(self) -> None:
        """The short title ("USD/h") when the long one ("USD per hour") does not fit along its axis: a vertical
        title has only the plot's height, and a short chart (1024x640, large text) showed "USD per…"."""
        axis, (full, short) = self.value_axis, self._value_titles
        if axis is None or not short:
            return
        area = self.chart().plotArea()
        room = area.height() if axis.orientation() == Qt.Orientation.Vertical else area.width()
        title = full if QFontMetricsF(axis.titleFont()).horizontalAdvance(full) <= room else short
        if axis.titleText() != title:
            axis.setTitleText(title)

    def fit_labels(self) -> None:
        """Turn the labels along the bottom upright when they do not fit side by side: a narrow chart (1024x640)
        showed "14…" for every week."""
        axis = self.category_axis
        if axis is None or not axis.count():
            return
        room = self.chart().plotArea().width() / axis.count()
        metrics = QFontMetricsF(axis.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in axis.categories()) + metrics.averageCharWidth()
        angle = 0 if widest <= room else -90
        if axis.labelsAngle() != angle:
            axis.setLabelsAngle(angle)

    def _axes(self, categories: Sequence[str], y_title: str, top: float, *, x_title: str = "",
              horizontal: bool = False, y_short: str = "") -> tuple[QBarCategoryAxis, QValueAxis]:
        chart = self.chart()
        labels = QBarCategoryAxis()
        labels.append(list(categories))
        if x_title:
            labels.setTitleText(x_title)
        values = QValueAxis()
        values.setTitleText(y_title)
        values.setRange(0, max(top, 1) * 1.1)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f")
        chart.addAxis(labels, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        self.value_axis, self._value_titles = values, (y_title, y_short)
        if not horizontal:
            self.category_axis = labels
            self.fit_labels()
        self.fit_value_title()
        return labels, values


def week_labels(weeks: Sequence[WeekFigures]) -> list[str]:
    """"14 Sep": the month cut to three letters, as some languages abbreviate longer ("sept.") and the narrow
    chart would elide the label."""
    locale = QLocale()
    return [f"{w.start.day} {locale.monthName(w.start.month, QLocale.FormatType.ShortFormat)[:3]}" for w in weeks]


class WeeklyChart(Chart):
    """Hours per week as bars (left axis) with what the work earned and what was paid as lines (right axis)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Hours and pay per week"), "weeklyChart", parent)
        self.hours: QBarSet | None = None
        self.earned: QLineSeries | None = None
        self.paid: QLineSeries | None = None
        self.weeks: list[WeekFigures] = []
        self.theme()

    def plot(self, weeks: Sequence[WeekFigures], currency: str) -> None:
        self._reset()
        self.weeks = list(weeks)
        chart = self.chart()
        self.hours = QBarSet(tr("Hours"))
        self.hours.append([w.seconds / 3600 for w in weeks])
        bars = QBarSeries()
        bars.append(self.hours)
        bars.setBarWidth(0.6)
        self.earned = QLineSeries()
        self.earned.setName(tr("Earned (%1)").replace("%1", currency))
        self.paid = QLineSeries()
        self.paid.setName(tr("Paid (%1)").replace("%1", currency))
        for index, week in enumerate(weeks):
            self.earned.append(QPointF(index, float(week.earned.amount)))
            self.paid.append(QPointF(index, float(week.paid.amount)))
        for series in (bars, self.earned, self.paid):
            chart.addSeries(series)
        labels, hours_axis = self._axes(week_labels(weeks), tr("Hours"), max((w.seconds / 3600 for w in weeks),
                                                                           default=0),
                                        x_title=tr("Week starting"))
        money_axis = QValueAxis()
        money_axis.setTitleText(currency)
        money_axis.setRange(0, max([float(w.earned.amount) for w in weeks] + [float(w.paid.amount) for w in weeks]
                                   + [1]) * 1.1)
        money_axis.applyNiceNumbers()
        money_axis.setLabelFormat("%.0f")
        money_axis.setGridLineVisible(False)  # the hours axis draws the grid; two grids would not line up
        chart.addAxis(money_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(labels)
        bars.attachAxis(hours_axis)
        for line in (self.earned, self.paid):
            line.attachAxis(labels)
            line.attachAxis(money_axis)
            line.setPointsVisible(True)
            line.hovered.connect(lambda point, state, name=line.name(): self._line_tip(point, state, name))  # noqa: B008 - binds this line's name
        self.hours.hovered.connect(self._bar_tip)
        self.setAccessibleDescription("\n".join(self.tip(index).replace("\n", "; ") for index in range(len(weeks))))
        self.theme()

    def _colour_series(self) -> None:
        if self.hours is None or self.earned is None or self.paid is None:
            return
        accent, second, _ = series_colours(self.palette())
        self.hours.setColor(accent)
        self.hours.setBorderColor(accent)
        self.earned.setPen(QPen(second, 2))
        self.paid.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2, Qt.PenStyle.DashLine))

    def tip(self, index: int) -> str:
        week = self.weeks[index]
        return "\n".join((
            range_text(week.start, week.end, with_weekday=True),
            tr("%1 in %2 entries").replace("%1", fmt.duration(week.seconds)).replace("%2", str(week.entries)),
            tr("Earned %1, paid %2").replace("%1", fmt.money(week.earned)).replace("%2", fmt.money(week.paid)),
        ))

    def _bar_tip(self, state: bool, index: int) -> None:
        if state and 0 <= index < len(self.weeks):
            _show_tip(self.tip(index))

    def _line_tip(self, point: QPointF, state: bool, name: str) -> None:
        index = round(point.x())
        if state and 0 <= index < len(self.weeks):
            _show_tip(self.tip(index))


class RateChart(Chart):
    """What the agreed terms pay per hour (over ALL hours) week by week, against the minimum wage for those hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Pay per hour at your terms against the minimum wage"), "rateChart", parent)
        self.rate: QLineSeries | None = None
        self.minimum: QLineSeries | None = None
        self.weeks: list[WeekFigures] = []
        self.theme()

    def plot(self, weeks: Sequence[WeekFigures], currency: str) -> None:
        self._reset()
        self.weeks = list(weeks)
        chart = self.chart()
        self.rate = QLineSeries()
        self.rate.setName(tr("Pay per hour at your terms"))
        self.minimum = QLineSeries()
        self.minimum.setName(tr("Minimum wage (estimate)"))
        top = 0.0
        for index, week in enumerate(weeks):
            if week.rate is not None:
                self.rate.append(QPointF(index, float(week.rate.amount)))
                top = max(top, float(week.rate.amount))
            if week.minimum is not None:
                self.minimum.append(QPointF(index, float(week.minimum.amount)))
                top = max(top, float(week.minimum.amount))
        chart.addSeries(self.rate)
        chart.addSeries(self.minimum)
        labels, values = self._axes(week_labels(weeks), tr("%1 per hour").replace("%1", currency), top,
                                    x_title=tr("Week starting"), y_short=tr("%1/h").replace("%1", currency))
        for line in (self.rate, self.minimum):
            line.attachAxis(labels)
            line.attachAxis(values)
            line.hovered.connect(self._tip)
        self.rate.setPointsVisible(True)
        self.setAccessibleDescription("\n".join("; ".join(self.lines(index)) for index in range(len(weeks))))
        self.theme()

    def _colour_series(self) -> None:
        if self.rate is None or self.minimum is None:
            return
        accent, _, reference = series_colours(self.palette())
        self.rate.setPen(QPen(accent, 2))
        self.minimum.setPen(QPen(reference, 2, Qt.PenStyle.DashLine))

    def _tip(self, point: QPointF, state: bool) -> None:
        index = round(point.x())
        if state and 0 <= index < len(self.weeks):
            _show_tip("\n".join(self.lines(index)))

    def lines(self, index: int) -> list[str]:
        """What one week's point says: its tooltip, and its line of the chart's text equivalent."""
        week = self.weeks[index]
        lines = [range_text(week.start, week.end, with_weekday=True),
                 tr("Earned %1 for %2 worked").replace("%1", fmt.money(week.earned)).replace(
                     "%2", fmt.duration(week.seconds))]
        if week.rate is not None:
            lines.append(tr("%1 per hour").replace("%1", fmt.money(week.rate)))
        if week.minimum is not None:
            lines.append(tr("Minimum wage %1 per hour (estimate — not legal advice)").replace(
                "%1", fmt.money(week.minimum)))
        return lines


class ClientsChart(Chart):
    """Per client, all time: a bar as long as what the work earned, split into paid and still owed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Paid and owed per client, all time"), "clientsChart", parent)
        self.paid: QBarSet | None = None
        self.owed: QBarSet | None = None
        self.balances: list[ClientBalance] = []
        self.theme()

    def plot(self, balances: Sequence[ClientBalance], currency: str) -> None:
        self._reset()
        self.balances = [b for b in balances if b.earned.currency == currency][::-1]  # first client on top
        chart = self.chart()
        self.paid = QBarSet(tr("Paid"))
        self.owed = QBarSet(tr("Owed"))
        self.paid.append([float(b.paid.amount) for b in self.balances])
        self.owed.append([max(float(b.owed.amount), 0.0) for b in self.balances])
        series = QHorizontalStackedBarSeries()
        series.append(self.paid)
        series.append(self.owed)
        series.setBarWidth(0.6)
        chart.addSeries(series)
        top = max((float(max(b.earned.amount, b.paid.amount)) for b in self.balances), default=0)
        names, values = self._axes([elided(b.client) for b in self.balances], currency, top, horizontal=True)
        series.attachAxis(names)
        series.attachAxis(values)
        for bar_set in (self.paid, self.owed):
            bar_set.hovered.connect(self._tip)
        self.setAccessibleDescription("\n".join(self.line(b).replace("\n", ": ") for b in self.balances[::-1]))
        self.theme()

    def _colour_series(self) -> None:
        if self.paid is None or self.owed is None:
            return
        accent, second, reference = series_colours(self.palette())
        self.paid.setColor(second)
        self.paid.setBorderColor(second)
        self.owed.setColor(accent)
        self.owed.setBorderColor(accent)

    def _tip(self, state: bool, index: int) -> None:
        if state and 0 <= index < len(self.balances):
            _show_tip(self.line(self.balances[index]))

    @staticmethod
    def line(b: ClientBalance) -> str:
        """What one client's bar says: its tooltip, and its line of the chart's text equivalent."""
        return tr("%1\nEarned %2, paid %3, owed %4").replace("%1", b.client).replace(
            "%2", fmt.money(b.earned)).replace("%3", fmt.money(b.paid)).replace("%4", fmt.money(b.owed))
