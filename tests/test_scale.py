"""Tests for claimrec.scale: the claim-level path's pure functions and its local engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimrec._synthetic import generate_claims
from claimrec.errors import IngestError
from claimrec.report import Report
from claimrec.scale import (
    ClaimKey,
    Profile,
    ScaleOptions,
    attach_candidates,
    attach_profiles,
    blocking_keys,
    claim_key,
    connected_events,
    load_claims,
    match_partition,
    partitions_of,
    profiles_of_document,
    reconcile_claims,
    resolve_group,
    write_report,
)


def _row(cid: str, doc: str = "d1", **mention: object) -> dict[str, object]:
    return {
        "id": cid,
        "document": doc,
        "type": "count",
        "measure": "killed",
        "group": "people",
        "scope": "event",
        "quantity": {"low": 2, "high": 2, "qualifier": "exact", "text": "two"},
        "span": [0, 10],
        "sentence": "Two people were killed, police said.",
        "attribution": {"kind": "organization", "source": "police", "chain": ["police"]},
        "mention": mention,
    }


def _profile(key: str, place: str, day: int, kind: str = "bombing") -> Profile:
    return Profile(key, key, "main", place, place.title(), day, "day", kind, (f"{key}-c",))


def _write(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


class TestClaimKey:
    def test_reads_place_day_and_kind_of_the_mention(self) -> None:
        """The place is keyed, the day becomes an ordinal and the kind is lower-cased."""
        row = _row("c1", location="Al-Kano", date="2024-03-02", precision="day", kind="Bombing")

        key = claim_key(row)

        assert (key.place, key.day, key.precision, key.kind) == ("kano", 738947, "day", "bombing")

    def test_a_month_is_no_day(self) -> None:
        """A mention dated only to a month has no calendar day to match on."""
        key = claim_key(_row("c1", location="Kano", date="2024-03-01", precision="month"))

        assert (key.day, key.precision) == (0, "")

    def test_a_running_tally_joins_no_event(self) -> None:
        """Scope ``cumulative`` claims are not about one event."""
        row = _row("c1", location="Kano") | {"scope": "cumulative"}

        assert claim_key(row).eventful is False


class TestProfilesOfDocument:
    def test_splits_main_other_and_eventless_claims(self) -> None:
        """Main claims share the document's profile, a recalled event gets its own, tallies none."""
        keys = [
            ClaimKey("c1", "d", "main", True, "kano", "Kano", 738000, "day", "bombing"),
            ClaimKey("c2", "d", "main", True, "", "", 0, "", ""),
            ClaimKey("c3", "d", "other", True, "kano", "Kano", 737000, "day", "bombing"),
            ClaimKey("c4", "d", "main", False, "kano", "Kano", 738000, "day", ""),
            ClaimKey("c5", "d", "other", True, "", "", 0, "", "shooting"),
        ]

        profiles, of = profiles_of_document(keys)

        assert [(p.key, p.day) for p in profiles] == [("d", 738000), ("d#1", 737000)]
        assert of == {"c1": "d", "c2": "d", "c3": "d#1", "c4": None, "c5": None}


class TestBlockingKeys:
    def test_a_dropped_letter_still_shares_a_rule(self) -> None:
        """'Karabadiyah' and 'Karbadiyah' differ in one letter but share a head or tail key."""
        a, b = set(blocking_keys("karabadiyah")), set(blocking_keys("karbadiyah"))

        assert a & b

    def test_transliteration_swaps_fold_together(self) -> None:
        """'Qusair' and 'Kousair' have the same folded key."""
        assert blocking_keys("qusair")[0] == blocking_keys("kousair")[0]


class TestPartitionsOf:
    def test_the_window_overlaps_buckets(self) -> None:
        """With one day of slack, a bucket's first day also joins the previous bucket."""
        p = _profile("a", "kano", 700)

        parts = partitions_of(p, options=ScaleOptions(slack_days=1, rules=("fold",)))

        assert parts == [("fold:kana", 100), ("fold:kana", 99)]

    def test_an_undated_profile_has_no_partition(self) -> None:
        """A report without any day meets nobody."""
        p = _profile("a", "kano", 0)._replace(precision="")

        assert partitions_of(p) == []

    def test_a_weekday_profile_joins_the_partitions_of_its_resolved_day(self) -> None:
        """A weekday-only report is blocked like a dated one, on the day it was resolved to."""
        p = _profile("a", "kano", 700)

        assert partitions_of(p._replace(precision="weekday")) == partitions_of(p)


class TestMatchPartition:
    def test_links_one_place_one_day_one_kind(self) -> None:
        """Spelling variants on the same day and kind are one event."""
        profiles = [_profile("a", "karabad", 700), _profile("b", "karabbad", 700)]

        edges, compared = match_partition(profiles)

        assert edges == [("a", "b")]
        assert compared == 1

    def test_never_links_different_days(self) -> None:
        """Two attacks on one place on different days are two events."""
        edges, _ = match_partition([_profile("a", "kano", 700), _profile("b", "kano", 701)])

        assert edges == []

    def test_an_unknown_kind_does_not_chain_two_kinds(self) -> None:
        """A report of unknown kind joins one event, but never bridges a bombing and a shooting."""
        bomb, shot = _profile("a", "kano", 700), _profile("b", "kano", 700, "shooting")
        blank = _profile("c", "kano", 700, "")

        alone, _ = match_partition([bomb, blank])
        both, _ = match_partition([bomb, shot, blank])

        assert alone == [("c", "a")]
        assert both == []


class TestAttach:
    def test_a_weekday_report_is_a_candidate_only_on_its_day(self) -> None:
        """Only dated groups of its own day at a similar place and a compatible kind fit."""
        week = _profile("w", "karabbad", 700)._replace(precision="weekday")
        same = _profile("a", "karabad", 700)
        later = _profile("b", "karabad", 701)
        other_kind = _profile("c", "karabad", 700, "shooting")
        elsewhere = _profile("d", "kano", 700)

        fits, compared = attach_candidates([week, same, later, other_kind, elsewhere])

        assert fits == [("w", "a")]
        assert compared == 3

    def test_a_weekday_report_of_unknown_kind_fits_every_kind(self) -> None:
        """With no kind it fits a bombing and a shooting alike (attach then sees two events)."""
        week = _profile("w", "kano", 700, "")._replace(precision="weekday")
        bomb, shot = _profile("a", "kano", 700), _profile("b", "kano", 700, "shooting")

        fits, _ = attach_candidates([week, bomb, shot])

        assert sorted(fits) == [("w", "a"), ("w", "b")]

    def test_no_weekday_report_means_no_work(self) -> None:
        """A partition of dated reports only compares nothing."""
        assert attach_candidates([_profile("a", "kano", 700)]) == ([], 0)

    def test_attaches_to_one_event_never_bridges_two(self) -> None:
        """A report whose candidates lie in one event joins it; one between two events stays alone."""
        event_of = {"a": "e1", "a2": "e1", "b": "e2", "w": "ew", "v": "ev"}

        out = attach_profiles(event_of, [("w", "a"), ("w", "a2"), ("v", "a"), ("v", "b")])

        assert out["w"] == "e1"
        assert out["v"] == "ev"
        assert out["a"] == "e1"
        assert out["b"] == "e2"

    def test_a_weekday_report_joins_its_event_end_to_end(self, tmp_path: Path) -> None:
        """Through the local engine, "on Tuesday" at the same place joins the dated report."""
        rows = [
            _row("a1", "a", location="Kano", date="2024-01-02", precision="day", kind="bombing"),
            _row("b1", "b", location="KANO", date="2024-01-02", precision="weekday"),
            _row("c1", "c", location="Kano", precision=None),
        ]
        path = _write(tmp_path / "c.jsonl", rows)

        reconcile_claims(path, tmp_path / "r.json", processes=1)

        events = {
            c["id"]: c["event"]
            for c in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["claims"]
        }
        assert events["a1"] == events["b1"] != events["c1"]


class TestConnectedEvents:
    def test_components_take_the_id_of_their_smallest_main_key(self) -> None:
        """Event ids are stable: the anchor is the smallest document key, as in _ids."""
        from claimrec._ids import event_id  # noqa: PLC0415

        ps = [_profile(k, "kano", 700) for k in ("b", "a", "c")]

        ev = connected_events(ps, [("b", "a")])

        assert ev["a"] == ev["b"] == event_id(["a"])
        assert ev["c"] == event_id(["c"])


class TestReconcileClaims:
    def test_writes_the_bytes_report_to_json_writes(self, tmp_path: Path) -> None:
        """The streamed report reads back into a Report whose compact JSON is the same bytes."""
        rows = [{k: v for k, v in c.items() if k != "truth"} for c in generate_claims(1500)]
        src, out = _write(tmp_path / "c.jsonl", rows), tmp_path / "r.json"

        stats = reconcile_claims(src, out, processes=1)

        text = out.read_text(encoding="utf-8")
        assert Report.from_json(text).to_json(indent=None) == text
        assert stats.claims == 1500
        assert 0 < stats.events < stats.profiles

    def test_one_or_two_processes_write_the_same_bytes(self, tmp_path: Path) -> None:
        """Resolution fans out to processes without changing a byte."""
        rows = [{k: v for k, v in c.items() if k != "truth"} for c in generate_claims(3000)]
        src = _write(tmp_path / "c.jsonl", rows)

        reconcile_claims(src, tmp_path / "one.json", processes=1)
        reconcile_claims(src, tmp_path / "two.json", processes=2)

        assert (tmp_path / "one.json").read_bytes() == (tmp_path / "two.json").read_bytes()

    def test_a_longer_stream_keeps_the_events_of_its_prefix(self, tmp_path: Path) -> None:
        """Days both runs cover completely get the same events and findings."""
        rows = [{k: v for k, v in c.items() if k != "truth"} for c in generate_claims(6000)]
        small = _write(tmp_path / "s.jsonl", rows[:4000])
        large = _write(tmp_path / "l.jsonl", rows)

        reconcile_claims(small, tmp_path / "s.json", processes=1)
        reconcile_claims(large, tmp_path / "l.json", processes=1)

        s = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
        big = json.loads((tmp_path / "l.json").read_text(encoding="utf-8"))
        day0 = {c["id"]: c["event"] for c in s["claims"] if c["id"].startswith("d00000-")}
        assert day0
        assert all(c["event"] == day0[c["id"]] for c in big["claims"] if c["id"] in day0)
        events = {e["id"] for e in s["events"] if e["date"] == "2022-01-03"}
        assert [f for f in s["findings"] if f["event"] in events] == [
            f for f in big["findings"] if f["event"] in events
        ]

    def test_reports_lines_that_are_not_claims(self, tmp_path: Path) -> None:
        """A broken line is listed under errors and the other claims are reconciled."""
        src = tmp_path / "c.jsonl"
        src.write_text(json.dumps(_row("c1", location="Kano")) + "\n{not json\n", encoding="utf-8")

        reconcile_claims(src, tmp_path / "r.json", processes=1)

        report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert [c["id"] for c in report["claims"]] == ["c1"]
        assert report["errors"][0]["line"] == 2


class TestLoadClaims:
    def test_collects_every_bad_line(self, tmp_path: Path) -> None:
        """Loading names each line that is not a claim."""
        src = tmp_path / "c.jsonl"
        src.write_text('{"id": 1}\n' + json.dumps(_row("c1")) + "\n[]\n", encoding="utf-8")

        with pytest.raises(IngestError) as info:
            load_claims(src)

        assert [e.line for e in info.value.errors] == [1, 3]  # type: ignore[attr-defined]


class TestWriteReport:
    def test_an_empty_report_matches_report_to_json(self) -> None:
        """No records write the same bytes as an empty Report."""
        import io  # noqa: PLC0415

        import claimrec as cr  # noqa: PLC0415

        buf = io.StringIO()

        write_report(buf, {})

        assert buf.getvalue() == cr.reconcile([]).to_json(indent=None)


class TestClaimsCommand:
    def test_claimrec_reconcile_claims_writes_the_report(self, tmp_path: Path) -> None:
        """`claimrec reconcile --claims FILE --out OUT` writes the claim-level report."""
        from claimrec.cli import main  # noqa: PLC0415

        src = _write(tmp_path / "c.jsonl", [_row("c1", location="Kano", date="2024-03-02")])

        status = main(
            ["reconcile", "--claims", str(src), "--out", str(tmp_path / "r.json"), "--quiet"]
        )

        report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
        assert status == 0
        assert report["claims"][0]["event"] == report["documents"][0]["event"]


class TestResolveGroup:
    def test_known_profiles_give_the_records_rebuilt_ones_give(self) -> None:
        """Passing the profiles (local engine) or rebuilding them from rows (Spark) is the same."""
        rows = [{k: v for k, v in c.items() if k != "truth"} for c in generate_claims(800)]
        profiles: list[Profile] = []
        profile_of: dict[str, str | None] = {}
        by_doc: dict[str, list[ClaimKey]] = {}
        for r in rows:
            by_doc.setdefault(str(r["document"]), []).append(claim_key(r))
        for keys in by_doc.values():
            ps, of = profiles_of_document(keys)
            profiles.extend(ps)
            profile_of.update(of)
        event_of = connected_events(profiles, [])
        claim_event = {c: (event_of[k] if k else None) for c, k in profile_of.items()}

        rebuilt = resolve_group(list(reversed(rows)), claim_event, profile_of)
        known = resolve_group(rows, claim_event, profile_of, profiles={p.key: p for p in profiles})

        assert sorted(rebuilt) == sorted(known)
