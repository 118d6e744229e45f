"""Hypothesis strategies shared by the test suite (others may append theirs below)."""

from __future__ import annotations

from hypothesis import strategies as st

from claimrec.model import Quantity

__all__ = [
    "REPORT_DAYS",
    "REPORT_FIGURES",
    "REPORT_PLACES",
    "approximate_quantities",
    "at_least_quantities",
    "at_most_quantities",
    "exact_quantities",
    "news_reports",
    "quantities",
    "range_quantities",
    "roundtrip_quantities",
    "vague_quantities",
]

_counts = st.integers(min_value=0, max_value=100_000)


@st.composite
def _ranges(draw: st.DrawFn) -> Quantity:
    low = draw(st.integers(min_value=0, max_value=100_000))
    high = draw(st.integers(min_value=low + 1, max_value=low + 100_000))
    return Quantity(low, high, qualifier="range")


#: Exact counts: "7", "14128".
exact_quantities = _counts.map(Quantity.exact)
#: Lower bounds: "at least 10".
at_least_quantities = _counts.map(lambda n: Quantity(n, None, qualifier="at_least"))
#: Upper bounds from zero: "at most 9".
at_most_quantities = _counts.map(lambda n: Quantity(0, n, qualifier="at_most"))
#: Ranges with low < high: "17–40".
range_quantities = _ranges()
#: Approximate figures with a tolerance: "about 66".
approximate_quantities = st.builds(
    lambda n, tol: Quantity(n, n, qualifier="approximate", tolerance=tol),
    _counts,
    st.sampled_from([0.05, 0.1, 0.2]),
)
#: Vague intervals: "several (3–9)", "many (2 or more)".
vague_quantities = st.builds(
    lambda low, width: Quantity(
        low, None if width is None else low + width, qualifier="vague", text="several"
    ),
    st.integers(min_value=0, max_value=1000),
    st.none() | st.integers(min_value=0, max_value=1000),
)
#: Quantities whose ``str()`` reads back to the same bounds.
roundtrip_quantities = st.one_of(
    exact_quantities, at_least_quantities, at_most_quantities, range_quantities
)
#: Any quantity the model allows.
quantities = st.one_of(
    exact_quantities,
    at_least_quantities,
    at_most_quantities,
    range_quantities,
    approximate_quantities,
    vague_quantities,
)

#: Places, days, figures and sources of short generated news reports (tests/test_engines.py).
REPORT_PLACES = ("Elgin", "Kano", "São Paulo", "Tulsa", "Mosul")
REPORT_DAYS = ("Monday", "Tuesday", "Wednesday", "Saturday")
REPORT_FIGURES = ("two", "three", "four", "five", "seven")
#: A small set of reports: (place, weekday, figure, source number) each.
news_reports = st.lists(
    st.tuples(
        st.sampled_from(REPORT_PLACES),
        st.sampled_from(REPORT_DAYS),
        st.sampled_from(REPORT_FIGURES),
        st.integers(0, 2),
    ),
    min_size=1,
    max_size=5,
)
