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
  each day's median low end.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

try:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator
except ImportError:  # pragma: no cover - exercised only without the extra
    msg = "claimrec charts need matplotlib; install it with: pip install 'claimrec[plot]'"
    raise ImportError(msg) from None

from claimrec.kinds import TAXONOMY
from claimrec.model import CountClaim, Event, Finding
from claimrec.report.theme import FLAG_COLOURS, KIND_COLOURS, VERDICT_COLOURS

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from claimrec.report.core import Report

__all__ = ["KIND_COLOURS", "plot_event", "plot_timeline"]

_ROW_INCHES: Final = 0.42
_LABEL_CHARS: Final = 38


def _new_figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _date(report: Report, claim: CountClaim) -> dt.date | None:
    doc = next((d for d in report.documents if d.id == claim.document), None)
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


def _slots(report: Report, event: Event) -> list[tuple[Finding, list[CountClaim]]]:
    by_id = {c.id: c for c in report.claims}
    slots = []
    for f in sorted(
        (f for f in report.findings if f.event == event.id),
        key=lambda f: (f.verdict == "consistent", f.measure, f.group),
    ):
        claims = [c for i in f.claims if isinstance(c := by_id.get(i), CountClaim)]
        if claims:
            claims.sort(key=lambda c: (_date(report, c) or dt.date.max, c.document, c.id))
            slots.append((f, claims))
    return slots


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
    title = f"{event.kind or 'event'} at {event.location or 'unknown place'}, " + (
        event.date.isoformat() if event.date else "undated"
    )
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
    rows = sum(len(cs) for _, cs in slots)
    fig = _new_figure(8.0, 1.4 + _ROW_INCHES * rows + 0.6 * max(len(slots), 1))
    if not slots:
        axes = fig.subplots()
        axes.text(0.5, 0.5, "no count findings for this event", ha="center", va="center")
        axes.set_axis_off()
        fig.suptitle(title, fontsize=11)
        return fig
    grid = fig.subplots(
        len(slots), 1, squeeze=False, height_ratios=[len(cs) + 0.6 for _, cs in slots]
    )
    for (f, cs), (panel,) in zip(slots, grid, strict=True):
        reach = _upper_reach(cs)
        labels = _draw_slot(panel, report, f, cs, 0, reach=reach)
        panel.set_yticks(range(len(cs)), labels, fontsize=8)
        panel.set_ylim(len(cs) - 0.4, -0.6)
        panel.set_xlim(0, reach)
        panel.xaxis.set_major_locator(MaxNLocator(integer=True))
        panel.set_title(
            f"{f.measure} / {f.group}: {f.verdict}",
            fontsize=9,
            loc="left",
            color=VERDICT_COLOURS.get(f.verdict, "black"),
        )
        panel.grid(axis="x", alpha=0.3)
    fig.suptitle(title, fontsize=11)
    fig.legend(
        handles=_legend_handles(kinds, band=band),
        loc="outside lower center",
        ncols=min(4, len(kinds) + band),
        fontsize=8,
    )
    return fig


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
) -> Figure:
    """
    Draw how the count of *measure* evolved across reports, one x position per day.

    Only claims about an event (scope ``event``, attached to an event) with a date (the
    document's publication date, else the date the sentence gives) are drawn.

    Args:
        report: The report.
        measure: The measure to follow, such as ``"injured"``.
        ax: Draw into these axes; by default a new figure.
        group: Keep only this group and its subgroups.
        event: Keep only this event's claims.

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
    if ax is None:
        fig = _new_figure(8.0, 4.5)
        axes = fig.subplots()
    else:
        axes, fig = ax, ax.figure  # type: ignore[assignment] # a user's axes has a Figure
    events = {e.id: e for e in report.events}
    reach = _upper_reach([c for _, c in dated]) if dated else 2.0
    per_day: dict[tuple[str, dt.date], list[CountClaim]] = defaultdict(list)
    for d, c in sorted(dated, key=lambda dc: (dc[0], dc[1].id)):
        per_day[(report.claim_event[c.id] or "", d)].append(c)
    styles = ("-", "--", ":", "-.")
    by_event: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for (ev, d), cs in sorted(per_day.items()):
        base = float(
            date2num(  # type: ignore[no-untyped-call]
                dt.datetime(d.year, d.month, d.day, 12, tzinfo=dt.UTC)
            )
        )
        for i, c in enumerate(cs):
            _draw_claim(axes, c, base + (i - (len(cs) - 1) / 2) * 0.12, reach, vertical=True)
        by_event[ev].append((base, statistics.median(c.quantity.lower for c in cs)))
    for n, (ev, points) in enumerate(sorted(by_event.items())):
        xs, ys = zip(*points, strict=True)
        e = events.get(ev)
        name = (
            f"{e.location or ev}, {e.date.isoformat() if e and e.date else 'undated'}" if e else ev
        )
        axes.plot(
            xs,
            ys,
            color="#344054",
            linewidth=1,
            linestyle=styles[n % len(styles)],
            alpha=0.7,
            label=f"event {name}"[:60],
            zorder=0,
        )
    locator = AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylim(0, reach)
    axes.set_ylabel(f"{measure}" + (f" ({group})" if group else ""))
    axes.grid(axis="y", alpha=0.3)
    missing = len(claims) - len(dated)
    note = f" — {missing} undated claims not shown" if missing else ""
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
    kinds = sorted({c.attribution.kind for _, c in dated})
    handles = _legend_handles(kinds, band=False)
    lines, _ = axes.get_legend_handles_labels()
    if handles or lines:
        axes.legend(handles=[*handles, *lines], fontsize=7, loc="upper left")
    return fig
