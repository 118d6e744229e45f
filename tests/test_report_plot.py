"""Tests for claimrec.report.plot: event interval charts and count timelines (the plot extra)."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is not installed")

from matplotlib.collections import PolyCollection
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.text import Annotation

import claimrec as cr
from claimrec.cli import main
from claimrec.errors import UnknownEventError
from claimrec.report import Report
from claimrec.report.plot import KIND_COLOURS, plot_timeline, write_charts
from claimrec.resolve import resolve
from claimrec.testing import count_claim, document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _report() -> Report:
    """One event: 7 (police, day 2), 5–9 (media, day 1), at least 3 (vague, day 3)."""
    docs = [
        document(id="b", published="2024-03-02"),
        document(id="a", published="2024-03-01"),
        document(id="c", published="2024-03-03"),
    ]
    claims = [
        count_claim(id="b:1", document="b", quantity=7, kind="organization", source="police"),
        count_claim(id="a:1", document="a", quantity="5 to 9", kind="media", source="AP"),
        count_claim(id="c:1", document="c", quantity="at least 3", kind="vague", source="reports"),
    ]
    claim_event = {c.id: "ev-1" for c in claims}
    res = resolve(claims, claim_event, documents=docs)
    return Report(
        documents=tuple(docs),
        events=(cr.Event(id="ev-1", documents=("a", "b", "c"), location="Fairhaven"),),
        claims=res.claims,
        findings=res.findings,
        document_event={"a": "ev-1", "b": "ev-1", "c": "ev-1"},
        claim_event=claim_event,
        estimates_by_event=res.estimates,
    )


def _many_events(n: int, *, days_apart: int = 1) -> Report:
    """*n* events, event i with i + 1 claims of i + 2 injured, its reports *days_apart* apart."""
    docs, claims, claim_event, events = [], [], {}, []
    for i in range(n):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=i * days_apart)
        ids = []
        for j in range(i + 1):
            doc = document(id=f"d{i}-{j}", published=(day + dt.timedelta(days=j)).isoformat())
            docs.append(doc)
            ids.append(doc.id)
            claim = count_claim(id=f"{doc.id}:1", document=doc.id, quantity=i + 2)
            claims.append(claim)
            claim_event[claim.id] = f"ev-{i:02d}"
        events.append(cr.Event(id=f"ev-{i:02d}", documents=tuple(ids), location=f"Town {i}"))
    res = resolve(claims, claim_event, documents=docs)
    return Report(
        documents=tuple(docs),
        events=tuple(events),
        claims=res.claims,
        findings=res.findings,
        document_event={d.id: claim_event[f"{d.id}:1"] for d in docs},
        claim_event=claim_event,
        estimates_by_event=res.estimates,
    )


def _markers(ax: object) -> list[tuple[float, float, str]]:
    """Every single-point marker drawn: (x, y, colour)."""
    return [
        (float(line.get_xdata()[0]), float(line.get_ydata()[0]), line.get_color())
        for line in ax.get_lines()  # type: ignore[attr-defined]
        if len(line.get_xdata()) == 1 and line.get_marker() == "o"
    ]


class TestPlotEvent:
    def test_one_panel_per_slot_ordered_by_report_time(self) -> None:
        """Rows run from the earliest report down: AP (day 1), police (day 2), reports (day 3)."""
        fig = _report().plot("ev-1")

        (ax,) = fig.axes[:1]
        rows = sorted(
            (t.get_position()[1], t.get_text()) for t in ax.texts if " · " in t.get_text()
        )
        heading = [t.get_text() for t in ax.texts if ": " in t.get_text()]

        assert isinstance(fig, Figure)
        assert [lab.split(" · ")[0] for _, lab in rows] == ["AP", "police", "reports"]
        assert heading == ["injured / people: consistent"]

    def test_exact_range_and_open_claims_have_their_own_marks(self) -> None:
        """7 is a dot, 5–9 a thick bar from 5 to 9, 'at least 3' an arrow from 3 to the edge."""
        ax = _report().plot("ev-1").axes[0]

        bars = [
            (tuple(line.get_xdata()), line.get_linewidth())
            for line in ax.get_lines()
            if len(line.get_xdata()) == 2
        ]
        arrows = [a for a in ax.texts if isinstance(a, Annotation)]

        assert (7.0, 1.0, KIND_COLOURS["organization"]) in _markers(ax)
        assert ((5, 9), 7.0) in bars
        assert len(arrows) == 1
        assert arrows[0].xyann == (3, 2)
        assert arrows[0].xy[0] >= ax.get_xlim()[1] - 1e-9

    def test_colours_follow_attribution_kinds(self) -> None:
        """Each claim's dot has its attribution kind's colour."""
        ax = _report().plot("ev-1").axes[0]

        colours = {c for _, _, c in _markers(ax)}

        assert colours == {KIND_COLOURS[k] for k in ("media", "organization", "vague")}

    def test_consensus_is_a_shaded_band(self) -> None:
        """The consistent slot's consensus (7) is drawn as a band from 7 to 7."""
        ax = _report().plot("ev-1").axes[0]

        bands = [c for c in ax.collections if isinstance(c, PolyCollection)]
        xs = bands[0].get_paths()[0].vertices[:, 0]

        assert len(bands) == 1
        assert (min(xs), max(xs)) == (7, 7)

    def test_given_axes_are_drawn_into(self) -> None:
        """With ax=, every slot goes into that axes and its figure is returned."""
        fig = Figure()
        ax = fig.add_subplot()

        returned = _report().plot("ev-1", ax=ax)

        assert returned is fig
        assert len(fig.axes) == 1
        assert len(_markers(ax)) == 3

    def test_an_event_without_count_findings_says_so(self) -> None:
        """An event with no count slots gives a figure with a note, not an error."""
        report = cr.reconcile([])
        empty = Report(
            documents=(),
            events=(cr.Event(id="ev-2"),),
            claims=(),
            findings=(),
            document_event={},
            claim_event={},
        )

        fig = empty.plot("ev-2")

        assert report.events == ()
        assert "no count findings" in fig.axes[0].texts[0].get_text()

    def test_unknown_event_raises(self) -> None:
        """An event id the report does not know is an UnknownEventError."""
        with pytest.raises(UnknownEventError):
            _report().plot("ev-nope")

    @pytest.mark.parametrize(("fmt", "magic"), [("png", b"\x89PNG"), ("svg", b"<?xml")])
    def test_figures_save_as_png_and_svg(self, fmt: str, magic: bytes) -> None:
        """The Agg canvas writes PNG and SVG without pyplot or a display."""
        buffer = io.BytesIO()

        _report().plot("ev-1").savefig(buffer, format=fmt)

        assert buffer.getvalue().startswith(magic)


class TestPlotTimeline:
    def test_each_claim_sits_at_its_report_day(self) -> None:
        """x positions are the publication days (noon), y the claims' low ends."""
        ax = _report().plot_timeline("injured").axes[0]

        points = sorted((round(x, 2), y) for x, y, _ in _markers(ax))
        days = [float(date2num(dt.datetime(2024, 3, d, 12, tzinfo=dt.UTC))) for d in (1, 2, 3)]

        assert points == [
            (round(days[0], 2), 5.0),
            (round(days[1], 2), 7.0),
            (round(days[2], 2), 3.0),
        ]

    def test_undated_claims_are_counted_in_the_title(self) -> None:
        """Claims with no date are left out and the title says how many."""
        seed = cr.reconcile(str(SEEDS))

        title = seed.plot_timeline("injured").axes[0].get_title()

        dated_docs = {d.id for d in seed.documents if d.published}
        undated = [
            c
            for c in seed.claims
            if isinstance(c, cr.CountClaim)
            and c.measure == "injured"
            and c.scope == "event"
            and seed.claim_event.get(c.id)
            and c.document not in dated_docs
            and c.mention.date is None
        ]
        assert (f"{len(undated)} undated claims not shown" in title) == bool(undated)

    def test_group_keeps_subgroups_only(self) -> None:
        """group='us' keeps us.military claims and drops civilians."""
        docs = [document(id="a", published="2024-03-01")]
        claims = [
            count_claim(id="a:1", document="a", quantity=2, group="us.military"),
            count_claim(id="a:2", document="a", quantity=4, group="civilians"),
        ]
        res = resolve(claims, {"a:1": "ev-1", "a:2": "ev-1"}, documents=docs)
        report = Report(
            documents=tuple(docs),
            events=(cr.Event(id="ev-1"),),
            claims=res.claims,
            findings=res.findings,
            document_event={"a": "ev-1"},
            claim_event={"a:1": "ev-1", "a:2": "ev-1"},
        )

        ax = report.plot_timeline("injured", group="us").axes[0]

        assert [y for _, y, _ in _markers(ax)] == [2.0]

    def test_only_the_top_events_are_drawn_and_the_rest_counted(self) -> None:
        """Of 12 events, the 8 with the most claims get a line; the title says 4 were left out."""
        report = _many_events(12)

        ax = plot_timeline(report, "injured", top=8).axes[0]

        names = [
            line.get_label() for line in ax.get_lines() if line.get_label().startswith("event")
        ]
        assert len(names) == 8
        assert "Town 11" in " ".join(names)
        assert "Town 0," not in " ".join(names)
        assert "4 more events not shown" in ax.get_title()

    def test_events_months_apart_share_a_days_since_axis(self) -> None:
        """Events 60 days apart are drawn from day 0 of each, so each one's rise is visible."""
        report = _many_events(3, days_apart=60)

        ax = plot_timeline(report, "injured").axes[0]

        days = sorted({round(x) for x, _, _ in _markers(ax)})
        assert ax.get_xlabel() == "days since the event's first report"
        assert days == [0, 1, 2]

    def test_no_dated_claims_gives_a_note(self) -> None:
        """A measure nobody reported is a chart with a note."""
        ax = _report().plot_timeline("killed").axes[0]

        assert any("no dated killed claims" in t.get_text() for t in ax.texts)


class TestLazyImport:
    def test_importing_claimrec_imports_neither_matplotlib_nor_pandas(self) -> None:
        """import claimrec, reconcile, HTML and interchange never load matplotlib or pandas."""
        code = (
            "import sys, claimrec, claimrec.report, claimrec.cli, claimrec.pipeline as p\n"
            "r = p.reconcile([])\nr.to_html(); r.to_claimreview(); r.to_statements()\n"
            "assert 'matplotlib' not in sys.modules, 'matplotlib'\n"
            "assert 'pandas' not in sys.modules, 'pandas'\n"
        )

        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )

        assert done.returncode == 0, done.stderr


class TestCliPlots:
    def test_plots_option_writes_event_charts_and_timelines(self, tmp_path: Path) -> None:
        """--plots DIR writes one chart per event with counts and a timeline per casualty measure."""
        status = main(
            ["reconcile", str(SEEDS), "--plots", str(tmp_path), "--plot-format", "svg", "--quiet"],
            stdout=io.StringIO(),
        )

        names = sorted(p.name for p in tmp_path.iterdir())

        assert status == 0
        assert any(n.startswith("event-ev-") and n.endswith(".svg") for n in names)
        assert "timeline-injured.svg" in names


class TestWriteCharts:
    def test_one_chart_per_event_and_a_timeline_without_a_layout_engine(
        self, tmp_path: Path
    ) -> None:
        """30 events give 30 event charts and the injured timeline; figures are laid out by hand."""
        report = _many_events(30)

        written = write_charts(report, tmp_path / "charts")

        names = sorted(p.name for p in written)
        assert len(names) == 31
        assert names[-1] == "timeline-injured.png"
        assert all(p.read_bytes().startswith(b"\x89PNG") for p in written)
        assert report.plot("ev-03").get_layout_engine() is None

    def test_reusing_one_figure_draws_what_a_fresh_figure_draws(self, tmp_path: Path) -> None:
        """Events of 3, 1 and 2 slots in a row: each PNG is byte for byte plot_event's."""
        docs = [document(id=f"d{i}", published=f"2024-02-0{i + 1}") for i in range(3)]
        groups = (("people", "police", "civilians"), ("people",), ("police", "civilians"))
        claims, claim_event = [], {}
        for i, names in enumerate(groups):
            for j, group in enumerate(names):
                claim = count_claim(id=f"d{i}:{j}", document=f"d{i}", quantity=j + 2, group=group)
                claims.append(claim)
                claim_event[claim.id] = f"ev-{i}"
        res = resolve(claims, claim_event, documents=docs)
        report = Report(
            documents=tuple(docs),
            events=tuple(cr.Event(id=f"ev-{i}", documents=(f"d{i}",)) for i in range(3)),
            claims=res.claims,
            findings=res.findings,
            document_event={f"d{i}": f"ev-{i}" for i in range(3)},
            claim_event=claim_event,
        )

        written = write_charts(report, tmp_path)

        for i in range(3):
            fresh = io.BytesIO()
            report.plot(f"ev-{i}").savefig(fresh, format="png", pil_kwargs={"compress_level": 1})
            assert (tmp_path / f"event-ev-{i}.png").read_bytes() == fresh.getvalue()
        assert len(written) == 4
