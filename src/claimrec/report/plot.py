"""
View: matplotlib charts of a report (the ``plot`` extra). Imported only when a chart is asked for.

Two kinds of chart, both drawn on the Agg canvas without ``pyplot`` (no global state,
no display needed; a notebook shows the returned ``Figure``):

- ``plot_event``: each slot of one event, one row per claim ordered by report time.
  A dot is an exact count, a bar a range (a thin whisker is an approximate figure's
  tolerance), an arrow an open-ended "at least"; the colour is the attribution kind;
  the shaded band is the slot's consensus. Faded rows were superseded, ringed rows are
  contested.
- ``plot_timeline``: one measure across reports, by publication day: each claim as a
  dot / bar / upward arrow coloured by attribution kind, and per event a line through
  each day's median low end. Only the ``top`` events with the most claims are drawn
  (the title says how many were left out); events months apart share a "days since
  the first report" axis.

``write_charts`` saves both kinds for a whole report (``claimrec reconcile --plots``).
Charts are laid out by hand in inches: no layout engine, and labels, slot names and
the x scale are plain texts rather than tick labels, which is what keeps a few
hundred charts to seconds.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final

try:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator
    from matplotlib.transforms import offset_copy
except ImportError:  # pragma: no cover - exercised only without the extra
    msg = "claimrec charts need matplotlib; install it with: pip install 'claimrec[plot]'"
    raise ImportError(msg) from None

from claimrec.kinds import TAXONOMY
from claimrec.model import Claim, CountClaim, Event, Finding
from claimrec.report.theme import FLAG_COLOURS, KIND_COLOURS, VERDICT_COLOURS

if TYPE_CHECKING:
    from pathlib import Path

    from matplotlib.axes import Axes

    from claimrec.report.core import Report

__all__ = ["KIND_COLOURS", "plot_event", "plot_timeline", "write_charts"]

_ROW_INCHES: Final = 0.42
_DPI: Final = 100
_ALIGN_DAYS: Final = 31  # events further apart than this share a "days since" axis
#: Colours of event lines in a timeline (dark tones, apart from the attribution colours).
_EVENT_COLOURS: Final = (
    "#344054",
    "#7a2e0e",
    "#3e1c96",
    "#054f31",
    "#6b4400",
    "#9e165f",
    "#0b4a6f",
    "#4e5ba6",
)
_EVENT_STYLES: Final = ("-", "--", ":", "-.")
_WIDTH: Final = 8.0
_TOP_INCHES: Final = 0.4  # the figure's title
_HEAD_INCHES: Final = 0.28  # a panel's own title, above it
_TICKS_INCHES: Final = 0.3  # a panel's x tick labels, below it
_LEGEND_INCHES: Final = 0.5
_LABEL_CHARS: Final = 38


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height))
    FigureCanvasAgg(fig)
    return fig


def _date(report: Report, claim: CountClaim) -> dt.date | None:
    doc = report._documents.get(claim.document)  # noqa: SLF001 - the report's own index
    if doc is not None and doc.published is not None:
        return doc.published
    return claim.mention.date


def _label(report: Report, claim: CountClaim) -> str:
    att = claim.attribution
    who = " via ".join(reversed(att.chain)) if att.chain else (att.source or "reporter")
    when = _date(report, claim)
    text = f"{who} · {when.isoformat() if when else 'undated'}"
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1] + "…"


def _upper_reach(claims: Sequence[CountClaim]) -> float:
    """Where the x axis ends: past every finite bound, with room for open arrows."""
    finite = [c.quantity.upper for c in claims if c.quantity.upper is not None]
    lows = [c.quantity.lower for c in claims]
    top: float = max([*finite, *lows, 1])
    if any(c.quantity.upper is None for c in claims):
        top = max(top, max(lows) * 1.5)
    return top * 1.2 + 1


def _draw_claim(ax: Axes, claim: CountClaim, y: float, reach: float, *, vertical: bool) -> None:
    """One claim as a dot, a bar or an arrow, along x (rows) or along y (timeline)."""
    q = claim.quantity
    colour = KIND_COLOURS.get(claim.attribution.kind, "#7F7F7F")
    alpha = 0.4 if "superseded" in claim.flags else 1.0
    ring = FLAG_COLOURS["contested"] if "contested" in claim.flags else colour
    low, upper = q.lower, q.upper

    def xy(value: float) -> tuple[float, float]:
        return (y, value) if vertical else (value, y)

    def line(a: float, b: float, width: float) -> None:
        (x0, y0), (x1, y1) = xy(a), xy(b)
        ax.plot(
            [x0, x1], [y0, y1], color=colour, linewidth=width, alpha=alpha, solid_capstyle="butt"
        )

    if upper is None:
        ax.annotate(
            "",
            xy=xy(reach),
            xytext=xy(q.low),
            arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 2.5, "alpha": alpha},
        )
    elif q.high is not None and q.low != q.high:
        line(q.low, q.high, 7)
    elif upper != low:  # an approximate figure: its tolerance as a whisker
        line(low, upper, 1.5)
    px, py = xy(q.low)
    ax.plot(
        [px],
        [py],
        marker="o",
        markersize=8,
        color=colour,
        markeredgecolor=ring,
        markeredgewidth=2 if ring != colour else 1,
        alpha=alpha,
        linestyle="none",
    )


def _legend_handles(kinds: Sequence[str], *, band: bool) -> list[Line2D | Patch]:
    handles: list[Line2D | Patch] = [
        Line2D(
            [],
            [],
            marker="o",
            color=KIND_COLOURS[k],
            linestyle="-",
            linewidth=4,
            label=k.replace("_", " "),
        )
        for k in KIND_COLOURS
        if k in kinds
    ]
    if band:
        handles.append(
            Patch(facecolor=VERDICT_COLOURS["consistent"], alpha=0.15, label="consensus")
        )
    return handles


def _slots(
    report: Report,
    event: Event,
    findings: Sequence[Finding] | None = None,
    by_id: Mapping[str, Claim] | None = None,
) -> list[tuple[Finding, list[CountClaim]]]:
    """Each count slot of *event* with its claims by report time (*findings*: the event's)."""
    if by_id is None:
        by_id = _claims_by_id(report)
    if findings is None:
        findings = [f for f in report.findings if f.event == event.id]
    slots = []
    for f in sorted(findings, key=lambda f: (f.verdict == "consistent", f.measure, f.group)):
        claims = [c for i in f.claims if isinstance(c := by_id.get(i), CountClaim)]
        if claims:
            claims.sort(key=lambda c: (_date(report, c) or dt.date.max, c.document, c.id))
            slots.append((f, claims))
    return slots


def _claims_by_id(report: Report) -> dict[str, Claim]:
    return {c.id: c for c in report.claims}


def _draw_slot(
    ax: Axes,
    report: Report,
    finding: Finding,
    claims: Sequence[CountClaim],
    y0: float,
    *,
    reach: float,
) -> list[str]:
    labels = []
    for i, c in enumerate(claims):
        _draw_claim(ax, c, y0 + i, reach, vertical=False)
        labels.append(_label(report, c))
    if finding.consensus is not None:
        high = finding.consensus.upper
        ax.fill_betweenx(
            [y0 - 0.45, y0 + len(claims) - 0.55],
            finding.consensus.lower,
            reach if high is None else high,
            color=VERDICT_COLOURS.get(finding.verdict, VERDICT_COLOURS["consistent"]),
            alpha=0.15,
            linewidth=0,
            zorder=0,
        )
    return labels


def plot_event(report: Report, event: Event, *, ax: Axes | None = None) -> Figure:
    """
    Draw each slot's claims of *event* as intervals against the consensus.

    Args:
        report: The report.
        event: One of its events.
        ax: Draw every slot into these axes; by default a new figure with one panel per slot.

    Returns:
        The figure drawn on (``ax.figure`` when *ax* is given).
    """
    slots = _slots(report, event)
    title = _title(event)
    kinds = sorted({c.attribution.kind for _, cs in slots for c in cs})
    band = any(f.consensus is not None for f, _ in slots)
    if ax is not None:
        fig = ax.figure
        y = 0.0
        ticks: list[float] = []
        labels: list[str] = []
        everything = [c for _, cs in slots for c in cs]
        reach = _upper_reach(everything) if everything else 2.0
        for f, cs in slots:
            labels += _draw_slot(ax, report, f, cs, y, reach=reach)
            ticks += [y + i for i in range(len(cs))]
            ax.text(
                0,
                y - 0.6,
                f"{f.measure} / {f.group}: {f.verdict}",
                fontsize=8,
                fontweight="bold",
                color=VERDICT_COLOURS.get(f.verdict, "black"),
                va="bottom",
            )
            y += len(cs) + 1.2
        ax.set_yticks(ticks, labels, fontsize=8)
        ax.set_xlim(0, reach)
        ax.invert_yaxis()
        ax.set_title(title, fontsize=10)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.legend(handles=_legend_handles(kinds, band=band), fontsize=7, loc="lower right")
        return fig  # type: ignore[return-value] # ax.figure is a Figure for axes users create
    fig = _new_figure(_WIDTH, 1.0)
    _draw_event_panels(fig, report, slots, title=title, kinds=kinds, band=band)
    return fig


def write_charts(report: Report, directory: Path, *, fmt: str = "png") -> list[Path]:
    """
    Save a chart per event with count findings and a timeline per casualty measure.

    Files are ``event-<event id>.<fmt>`` and ``timeline-<measure>.<fmt>`` in
    *directory* (created if missing). The claims and findings are indexed once, one
    figure and its panels are reused from chart to chart, no layout engine runs, and
    PNGs are compressed lightly (larger files, written several times faster), so a
    few hundred events take seconds. Each chart is the one ``plot_event`` draws.

    Args:
        report: The report.
        directory: Where the files go.
        fmt: An image format matplotlib writes, such as ``"png"`` or ``"svg"``.

    Returns:
        The paths written, events first (by id), then timelines.

    Raises:
        OSError: *directory* cannot be created or written.

    >>> import pathlib, tempfile
    >>> import claimrec as cr
    >>> text = "Police said three people were injured in the shooting."
    >>> report = cr.reconcile([cr.testing.document(id="a", published="2024-03-01", text=text)])
    >>> [p.name for p in write_charts(report, pathlib.Path(tempfile.mkdtemp()))][-1]
    'timeline-injured.png'
    """
    from claimrec.resolve import CASUALTY_MEASURES  # noqa: PLC0415 - resolve imports report

    directory.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {"pil_kwargs": {"compress_level": 1}} if fmt == "png" else {}
    by_id = _claims_by_id(report)
    per_event: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        per_event[f.event].append(f)
    written = []
    panels = _Panels()
    for event in sorted(report.events, key=lambda e: e.id):
        slots = _slots(report, event, per_event.get(event.id, []), by_id)
        if not slots:
            continue
        fig = panels.reset()
        kinds = sorted({c.attribution.kind for _, cs in slots for c in cs})
        band = any(f.consensus is not None for f, _ in slots)
        title = _title(event)
        _draw_event_panels(fig, report, slots, title=title, kinds=kinds, band=band, panels=panels)
        path = directory / f"event-{event.id}.{fmt}"
        fig.savefig(path, dpi=_DPI, format=fmt, **options)
        written.append(path)
    measures = {c.measure for c in report.claims if isinstance(c, CountClaim)}
    for measure in (m for m in CASUALTY_MEASURES if m in measures):
        path = directory / f"timeline-{measure}.{fmt}"
        plot_timeline(report, measure).savefig(path, dpi=_DPI, format=fmt, **options)
        written.append(path)
    return written


def _title(event: Event) -> str:
    when = event.date.isoformat() if event.date else "undated"
    return f"{event.kind or 'event'} at {event.location or 'unknown place'}, {when}"


def _label_panel(panel: Axes, finding: Finding, rows: Sequence[str]) -> None:
    """
    Name the panel's slot above it and each row at its left, as plain texts.

    Not tick labels and not ``set_title``: a tick is five artists and both ask the axis
    for its extents again at every save; a text is one artist drawn once.
    """
    panel.set_yticks([])
    beside = panel.get_yaxis_transform()  # x in axes fractions, y in rows
    for i, row in enumerate(rows):
        panel.text(-0.01, i, row, transform=beside, ha="right", va="center", fontsize=8)
    panel.text(
        0,
        1.0,
        f"{finding.measure} / {finding.group}: {finding.verdict}",
        transform=panel.transAxes,
        fontsize=9,
        va="bottom",
        color=VERDICT_COLOURS.get(finding.verdict, "black"),
    )


def _scale(panel: Axes, fig: Figure, reach: float) -> None:
    """
    Draw the panel's x scale as a few texts and grid lines, with its axes hidden.

    Matplotlib's axes build five artists per tick and measure them again at each
    save; a row of plain texts under the frame reads the same and costs a fraction.
    """
    panel.xaxis.set_visible(False)
    panel.yaxis.set_visible(False)
    ticks = [
        float(t)
        for t in MaxNLocator(nbins=4, integer=True).tick_values(0, reach)
        if 0 <= t <= reach
    ]
    along = panel.get_xaxis_transform()  # x in counts, y in fractions of the panel
    panel.vlines(ticks, 0, 1, transform=along, colors="#d0d5dd", linewidth=0.6, zorder=0)
    below = offset_copy(along, fig=fig, y=-3, units="points")
    for t in ticks:
        panel.text(t, 0, f"{t:g}", transform=below, ha="center", va="top", fontsize=8)


def _panel_inches(slots: Sequence[tuple[Finding, Sequence[CountClaim]]]) -> list[float]:
    """The height of each slot's panel in inches: its rows plus room for its x ticks."""
    return [_ROW_INCHES * (len(cs) + 0.6) for _, cs in slots]


class _Panels:
    """
    One figure and its axes, reused from one event's chart to the next.

    Creating an axes is the largest cost left in a chart without tick machinery;
    emptying one (removing its artists) costs almost nothing. Each chart takes the
    panels it needs; the rest are hidden.
    """

    def __init__(self) -> None:
        self.figure = _new_figure(_WIDTH, 2.0)
        self._axes: list[Axes] = []
        self._used = 0

    def reset(self) -> Figure:
        """Empty the figure for the next chart and return it."""
        for legend in list(self.figure.legends):
            legend.remove()
        for ax in self._axes:
            for artist in [*ax.lines, *ax.texts, *ax.collections, *ax.patches]:
                artist.remove()
            ax.set_visible(False)
        self._used = 0
        return self.figure

    def take(self, rect: tuple[float, float, float, float]) -> Axes:
        """The next free panel, placed at *rect* (figure fractions)."""
        if self._used == len(self._axes):
            self._axes.append(self.figure.add_axes(rect))
        ax = self._axes[self._used]
        self._used += 1
        ax.set_position(rect)
        ax.set_visible(True)
        return ax


def _draw_event_panels(
    fig: Figure,
    report: Report,
    slots: Sequence[tuple[Finding, Sequence[CountClaim]]],
    *,
    title: str,
    kinds: Sequence[str],
    band: bool,
    panels: _Panels | None = None,
) -> None:
    """
    Lay one panel per slot out on *fig* by hand, in inches (no layout engine).

    *panels* hands out the axes (reused ones when drawing many events); by default
    each panel is a new axes of *fig*.

    A layout engine measures every text twice per save, which made a run over a few
    hundred events take a minute; rows of a fixed height and a left margin sized from
    the longest label give the same picture at a fraction of the cost.
    """
    heights = _panel_inches(slots)
    per_panel = _HEAD_INCHES + _TICKS_INCHES
    total = _TOP_INCHES + sum(heights) + per_panel * len(slots) + _LEGEND_INCHES
    fig.set_size_inches(_WIDTH, max(total, 2.0))
    total = float(fig.get_figheight())
    fig.suptitle(title, fontsize=11, y=1 - 0.12 / total, va="top")
    if not slots:
        note = fig.add_axes((0.0, 0.0, 1.0, 1 - _TOP_INCHES / total))
        note.text(0.5, 0.5, "no count findings for this event", ha="center", va="center")
        note.set_axis_off()
        return
    labels = [[_label(report, c) for c in cs] for _, cs in slots]
    longest = max(len(lab) for rows in labels for lab in rows)
    left = min(0.2 + 0.075 * longest, 3.2) / _WIDTH
    right = 1 - 0.25 / _WIDTH
    top = total - _TOP_INCHES
    for (f, cs), height, rows in zip(slots, heights, labels, strict=True):
        top -= _HEAD_INCHES
        rect = (left, (top - height) / total, right - left, height / total)
        panel = panels.take(rect) if panels is not None else fig.add_axes(rect)
        top -= height + _TICKS_INCHES
        reach = _upper_reach(cs)
        _draw_slot(panel, report, f, cs, 0, reach=reach)
        _label_panel(panel, f, rows)
        panel.set_ylim(len(cs) - 0.4, -0.6)
        panel.set_xlim(0, reach)
        _scale(panel, fig, reach)
    handles = _legend_handles(kinds, band=band)
    fig.legend(
        handles=handles,
        loc="lower center",
        bbox_to_anchor=(0.5, 0.04 / total),
        ncols=min(4, len(handles)),
        fontsize=8,
        frameon=False,
    )


def _in_group(group: str, wanted: str) -> bool:
    seen = set()
    g: str | None = group
    while g is not None and g not in seen:
        if g == wanted:
            return True
        seen.add(g)
        g = TAXONOMY.get(g)
    return False


def plot_timeline(
    report: Report,
    measure: str,
    *,
    ax: Axes | None = None,
    group: str | None = None,
    event: Event | None = None,
    top: int = 8,
) -> Figure:
    """
    Draw how the count of *measure* evolved across reports, one x position per day.

    Only claims about an event (scope ``event``, attached to an event) with a date (the
    document's publication date, else the date the sentence gives) are drawn. Each
    event is a coloured line through each day's median low end; the *top* events with
    the most dated claims are drawn and the title says how many were left out. When
    the events drawn lie more than a month apart, x counts the days since each event's
    first report, so every event's own evolution stays visible.

    Args:
        report: The report.
        measure: The measure to follow, such as ``"injured"``.
        ax: Draw into these axes; by default a new figure.
        group: Keep only this group and its subgroups.
        event: Keep only this event's claims.
        top: Draw at most this many events.

    Returns:
        The figure drawn on.
    """
    claims = [
        c
        for c in report.claims
        if isinstance(c, CountClaim)
        and c.measure == measure
        and c.scope == "event"
        and report.claim_event.get(c.id)
        and (event is None or report.claim_event.get(c.id) == event.id)
        and (group is None or _in_group(c.group, group))
    ]
    dated = [(d, c) for c in claims if (d := _date(report, c)) is not None]
    undated = len(claims) - len(dated)
    kept, left_out = _top_events(report, dated, top)
    dated = [(d, c) for d, c in dated if report.claim_event[c.id] in kept]
    if ax is None:
        fig = _new_figure(10.0, 4.8)
        axes = fig.add_axes((0.07, 0.12, 0.62, 0.78))
    else:
        axes, fig = ax, ax.figure  # type: ignore[assignment] # a user's axes has a Figure
    first = {ev: min(d for d, c in dated if report.claim_event[c.id] == ev) for ev in kept}
    align = len(first) > 1 and (max(first.values()) - min(first.values())).days > _ALIGN_DAYS
    reach = _upper_reach([c for _, c in dated]) if dated else 2.0
    lines = _draw_days(axes, report, dated, reach, first if align else None)
    if align:
        axes.set_xlabel("days since the event's first report", fontsize=9)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))
        last = max((d - first[report.claim_event[c.id] or ""]).days for d, c in dated)
        axes.set_xlim(-0.5, last + 0.5)
    else:
        locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, reach)
    axes.set_ylabel(f"{measure}" + (f" ({group})" if group else ""))
    axes.grid(axis="y", alpha=0.3)
    note = f" — {undated} undated claims not shown" if undated else ""
    if left_out:
        note += f"\nthe {len(kept)} events with the most claims; {left_out} more events not shown"
    axes.set_title(f"{measure} across reports{note}", fontsize=10)
    if not dated:
        axes.text(
            0.5,
            0.5,
            f"no dated {measure} claims",
            ha="center",
            va="center",
            transform=axes.transAxes,
        )
    handles = [*_legend_handles(sorted({c.attribution.kind for _, c in dated}), band=False), *lines]
    if handles:
        axes.legend(
            handles=handles, fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False
        )
    return fig


def _top_events(
    report: Report, dated: Sequence[tuple[dt.date, CountClaim]], top: int
) -> tuple[list[str], int]:
    """The ids of the *top* events with the most dated claims (ties by id), and how many not."""
    counts: dict[str, int] = defaultdict(int)
    for _, c in dated:
        counts[report.claim_event[c.id] or ""] += 1
    ranked = sorted(counts, key=lambda ev: (-counts[ev], ev))
    return ranked[: max(top, 0)], max(len(ranked) - max(top, 0), 0)


def _draw_days(
    axes: Axes,
    report: Report,
    dated: Sequence[tuple[dt.date, CountClaim]],
    reach: float,
    first: Mapping[str, dt.date] | None,
) -> list[Line2D]:
    """
    Draw each claim at its day and a line per event; return the lines (for the legend).

    With *first*, x is the days since that event's first report; else the calendar day.
    """
    per_day: dict[tuple[str, dt.date], list[CountClaim]] = defaultdict(list)
    for d, c in sorted(dated, key=lambda dc: (dc[0], dc[1].id)):
        per_day[(report.claim_event[c.id] or "", d)].append(c)
    by_event: dict[str, list[tuple[float, float]]] = defaultdict(list)
    lanes = sorted({ev for ev, _ in per_day})
    width = 0.8 / len(lanes) if lanes else 0.8  # each event its own lane within a day
    for (ev, d), cs in sorted(per_day.items()):
        if first is not None:
            base = float((d - first[ev]).days)
        else:
            noon = dt.datetime(d.year, d.month, d.day, 12, tzinfo=dt.UTC)
            base = float(date2num(noon))  # type: ignore[no-untyped-call]
        base += (lanes.index(ev) - (len(lanes) - 1) / 2) * width
        step = min(0.12, 0.8 * width / max(len(cs) - 1, 1))
        for i, c in enumerate(cs):
            _draw_claim(axes, c, base + (i - (len(cs) - 1) / 2) * step, reach, vertical=True)
        by_event[ev].append((base, statistics.median(c.quantity.lower for c in cs)))
    events = report._events  # noqa: SLF001 - the report's own index
    drawn: list[Line2D] = []
    for n, (ev, points) in enumerate(sorted(by_event.items())):
        xs, ys = zip(*points, strict=True)
        e = events.get(ev)
        when = e.date.isoformat() if e is not None and e.date else "undated"
        name = f"{e.location or ev}, {when}" if e is not None else ev
        (line,) = axes.plot(
            xs,
            ys,
            color=_EVENT_COLOURS[n % len(_EVENT_COLOURS)],
            linewidth=1.2,
            linestyle=_EVENT_STYLES[n // len(_EVENT_COLOURS) % len(_EVENT_STYLES)],
            alpha=0.8,
            label=_short(f"event {name}", 48),
            zorder=0,
        )
        drawn.append(line)
    return drawn


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
