"""Reading claim records with a shared table (``claimrec.report.codec.decode_claim``)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from claimrec.errors import ClaimrecError
from claimrec.model import EventMention
from claimrec.report.codec import decode_claim, encode_claim
from claimrec.testing import count_claim


def _record(**changes: Any) -> dict[str, Any]:
    claim = count_claim(id="c1", document="d1", mention=EventMention("Old Market", kind="bombing"))
    record = encode_claim(claim, None)
    record.update(changes)
    return record


def _error(record: dict[str, Any], shared: dict[Any, Any] | None) -> str:
    with pytest.raises((ClaimrecError, TypeError, ValueError)) as caught:
        decode_claim(copy.deepcopy(record), shared=shared)
    return f"{type(caught.value).__name__}: {caught.value}"


class TestDecodeClaimShared:
    def test_a_repeated_mention_and_attribution_are_one_object(self) -> None:
        """Two records that give one mention and one attribution read them as one object each."""
        shared: dict[Any, Any] = {}

        a = decode_claim(_record(), shared=shared)
        b = decode_claim(_record(id="c2"), shared=shared)

        assert a.mention is b.mention
        assert a.attribution is b.attribution

    def test_the_table_keeps_the_shared_strings_not_the_records_copies(self) -> None:
        """A new mention at a place read before keeps the first copy of the place, in its key too."""
        shared: dict[Any, Any] = {}
        decode_claim(_record(), shared=shared)
        place = b"Old Market".decode()  # a copy of its own, as a JSON reader makes per line
        later = _record(id="c2", mention={"location": place, "kind": "shooting"})

        claim = decode_claim(later, shared=shared)

        kept = [k for k in shared if isinstance(k, tuple) and k[0] == "mention"]
        values = [v for k in kept for v in k[1 + len(k) // 2 :] if isinstance(v, str)]
        assert claim.mention.location is shared["Old Market"]
        assert place in values
        assert all(v is shared[v] for v in values)

    def test_records_of_one_sentence_share_it(self) -> None:
        """Claims of one sentence, in one document or in wire copies, read one string."""
        shared: dict[Any, Any] = {}
        sentence = "Two people were killed and five were hurt in the blast."

        a = decode_claim(_record(sentence=sentence.encode().decode()), shared=shared)
        decode_claim(_record(id="c2", sentence="Another sentence."), shared=shared)
        b = decode_claim(
            _record(id="c3", document="d2", sentence=sentence.encode().decode()), shared=shared
        )

        assert a.sentence is b.sentence

    @pytest.mark.parametrize(
        "changes",
        [
            {"mention": {"location": ["a", "list"]}},
            {"mention": {"location": {"a": "dict"}}},
            {"mention": {"location": 7}},
            {"attribution": {"kind": ["media"], "source": "a wire", "chain": []}},
            {"attribution": {"kind": "media", "source": {"x": 1}, "chain": ["a wire"]}},
            {"attribution": {"kind": "media", "source": "a wire", "chain": [["nested"]]}},
        ],
    )
    def test_a_bad_record_fails_as_it_does_without_the_table(self, changes: dict[str, Any]) -> None:
        """Unhashable or mistyped parts raise the model's own error, shared table or not."""
        shared: dict[Any, Any] = {}
        decode_claim(_record(id="c0"), shared=shared)  # the table already holds good parts
        record = _record(**changes)

        with_table = _error(record, shared)

        assert with_table == _error(record, None)

    def test_equal_to_reading_without_the_table(self) -> None:
        """Claims read with a shared table equal those read one by one."""
        records = [_record(id=f"c{i}", sentence=f"Sentence {i % 3}.") for i in range(6)]
        shared: dict[Any, Any] = {}

        together = [decode_claim(r, shared=shared) for r in records]

        assert together == [decode_claim(r) for r in records]
