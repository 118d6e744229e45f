"""Trusted copies of the model's value objects (``claimrec._checks.evolve_unchecked``)."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimrec._checks import evolve_unchecked
from claimrec.model import Attribution, CountClaim, EventMention, Quantity, ResponsibilityClaim
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
