"""The overlap rule (domain/overlaps.py) against its definition: half-open spans overlap when each starts before
the other ends. Checked for any spans, including empty ones, equal starts and back-to-back work."""

from __future__ import annotations

from random import Random

from hypothesis import example, given
from hypothesis import strategies as st

from contractor_app.domain.overlaps import overlapping, overlapping_keys

span = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda pair: (pair[0], pair[0] + pair[1]))
spans = st.lists(span, max_size=25)


def by_definition(items: list[tuple[int, int]]) -> dict[int, set[int]]:
    found: dict[int, set[int]] = {}
    for i, (a_start, a_end) in enumerate(items):
        for j, (b_start, b_end) in enumerate(items):
            if i != j and a_start < b_end and b_start < a_end:
                found.setdefault(i, set()).add(j)
    return found


@given(spans)
@example([(0, 10), (10, 20)])  # back to back: no overlap
@example([(5, 5), (5, 10), (0, 5)])  # an empty span at an edge overlaps nothing
@example([(5, 5), (0, 10)])  # ... but an empty span inside another overlaps it
@example([(3, 3), (3, 3)])  # two empty spans at one instant do not overlap
def test_overlapping_matches_the_definition(items: list[tuple[int, int]]) -> None:
    found = overlapping((index, start, end) for index, (start, end) in enumerate(items))
    assert {key: set(others) for key, others in found.items()} == by_definition(items)


@given(spans)
def test_each_pair_is_named_once_from_each_side(items: list[tuple[int, int]]) -> None:
    found = overlapping((index, start, end) for index, (start, end) in enumerate(items))
    for key, others in found.items():
        assert len(others) == len(set(others))
        assert all(key in found[other] for other in others)


@given(spans, st.randoms(use_true_random=False))
def test_order_of_the_input_does_not_matter(items: list[tuple[int, int]], random: Random) -> None:
    keyed = [(index, start, end) for index, (start, end) in enumerate(items)]
    shuffled = list(keyed)
    random.shuffle(shuffled)
    first, second = overlapping(keyed), overlapping(shuffled)
    assert {k: set(v) for k, v in first.items()} == {k: set(v) for k, v in second.items()}


@given(spans)
@example([(0, 10), (10, 20)])
@example([(5, 5), (5, 10), (0, 5)])
@example([(5, 5), (0, 10)])
@example([(3, 3), (3, 3)])
def test_overlapping_keys_are_those_with_a_pair(items: list[tuple[int, int]]) -> None:
    keyed = [(index, start, end) for index, (start, end) in enumerate(items)]
    assert overlapping_keys(keyed) == set(by_definition(items))
