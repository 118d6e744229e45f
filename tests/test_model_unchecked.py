"""Trusted copies and builds of the model's value objects (``claimrec._checks``: ``evolve_unchecked``, ``new_unchecked``)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrec._checks import evolve_unchecked, new_unchecked
from claimrec.model import (
    Arithmetic,
    Attribution,
    CountClaim,
    EventMention,
    Finding,
    Quantity,
    ResponsibilityClaim,
    Term,
)
from claimrec.testing import count_claim
from strategies import quantities

_FLAGS = st.lists(st.sampled_from(["corroborated", "contested", "single_source"]), unique=True)


def _responsibility() -> ResponsibilityClaim:
    return ResponsibilityClaim(
        id="r1",
        document="d1",
        span=(0, 20),
        sentence="A group said it carried out the attack.",
        attribution=Attribution("party", "a group"),
        stance="claimed",
        actor="a group",
    )


class TestEvolveUnchecked:
    @given(flags=_FLAGS.map(lambda f: tuple(sorted(f))), quantity=quantities)
    def test_equals_the_checked_copy(self, flags: tuple[str, ...], quantity: Quantity) -> None:
        """A claim copied with new flags equals ``attrs.evolve`` of it, field by field."""
        claim = count_claim(id="c1", quantity=quantity)

        copied = evolve_unchecked(claim, "flags", flags)

        assert copied == attrs.evolve(claim, flags=flags)
        assert type(copied) is CountClaim

    @pytest.mark.parametrize("name", [a.name for a in attrs.fields(CountClaim)])
    def test_any_field_of_a_count_claim_may_change(self, name: str) -> None:
        """Each field, the first, the last and those between, is the one set; the others stay."""
        claim = count_claim(id="c1", document="d1")
        value = {"span": (1, 2), "provisional": True, "flags": ("contested",)}.get(name, "x")
        if name in {"attribution", "mention", "quantity"}:
            value = {"attribution": Attribution("media", "a wire"), "mention": EventMention()}.get(
                name, Quantity(4, 4)
            )

        copied = evolve_unchecked(claim, name, value)

        assert getattr(copied, name) == value
        others = [a.name for a in attrs.fields(CountClaim) if a.name != name]
        assert all(getattr(copied, o) is getattr(claim, o) for o in others)

    def test_each_class_keeps_its_own_fields(self) -> None:
        """A responsibility claim copied after a count claim keeps its stance and actor."""
        evolve_unchecked(count_claim(id="c1"), "flags", ("contested",))
        claim = _responsibility()

        copied = evolve_unchecked(claim, "flags", ("single_source",))

        assert copied == attrs.evolve(claim, flags=("single_source",))
        assert (copied.stance, copied.actor) == ("claimed", "a group")

    def test_a_small_class_is_copied_too(self) -> None:
        """A quantity's text changes and its bounds stay."""
        q = Quantity(3, 5)

        copied = evolve_unchecked(q, "text", "three to five")

        assert (copied.low, copied.high, copied.text) == (3, 5, "three to five")


class TestNewUnchecked:
    @given(quantity=quantities, claims=st.lists(st.sampled_from(["c1", "c2", "c3"]), unique=True))
    def test_equals_the_checked_build(self, quantity: Quantity, claims: list[str]) -> None:
        """A finding built from final values equals the one its class builds, field by field."""
        ids = tuple(sorted(claims))
        leaf = Term(op="claim", group="people", result=quantity, claims=ids[:1])
        values = {
            "event": "ev1",
            "measure": "killed",
            "group": "people",
            "verdict": "consistent",
            "consensus": quantity,
            "claims": ids,
            "conflicts": (ids,) if len(ids) > 1 else (),
            "explanation": "one figure",
            "origins": ("police",),
            "arithmetic": Arithmetic(consensus=leaf),
        }

        built = new_unchecked(Finding, **values)

        assert built == Finding(**values)
        assert hash(built) == hash(Finding(**values))
        assert type(built) is Finding

    def test_every_field_must_be_given(self) -> None:
        """A missing or unknown field is a TypeError naming it, never a half-built object."""
        with pytest.raises(
            TypeError, match="missing claims, group, note, result, terms; unknown -"
        ):
            new_unchecked(Term, op="claim")
        with pytest.raises(TypeError, match="missing -; unknown colour"):
            new_unchecked(Arithmetic, consensus=None, raised=(), set_aside=(), colour="red")
