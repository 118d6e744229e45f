"""
The shared harness of the linking story tests: reports of invented incidents, each
story a list of documents and its gold incidents (sets of document ids).

``story_tests(STORIES, still_wrong=...)`` makes the two tests every story file runs:
each story reconciled alone links its incidents exactly, and all stories reconciled as
one corpus keep every incident whole and apart. Stories the linker still gets wrong are
strict xfails, so a fix must take their names off the list.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

import pytest

import claimrec as cr

__all__ = ["Stories", "clusters", "exact", "story_tests"]

#: A story's documents and its gold incidents, by story name.
Stories = Mapping[str, tuple[Sequence[cr.Document], Sequence[set[str]]]]


def clusters(
    docs: Sequence[cr.Document], *, ignore: Collection[str] = ()
) -> dict[str, frozenset[str]]:
    """Each report's cluster: the reports sharing an event with it (itself included).

    Reports in *ignore* (a live blog of two incidents) are left out of every cluster.
    """
    cluster = {d.id: {d.id} for d in docs if d.id not in ignore}
    for event in cr.reconcile(docs).events:
        members = set(event.documents) - set(ignore)
        for doc in members:
            cluster[doc] |= members
    return {doc: frozenset(members) for doc, members in cluster.items()}


def exact(found: Mapping[str, frozenset[str]], gold: Sequence[set[str]]) -> int:
    """
    How many gold incidents are exactly one found cluster.

    >>> exact({"a": frozenset("ab"), "b": frozenset("ab"), "c": frozenset("c")}, [{"a", "b"}, {"c"}])
    2
    """
    return sum(all(found[d] == frozenset(incident) for d in incident) for incident in gold)


def story_tests(
    stories: Stories,
    *,
    still_wrong: Collection[str] = (),
    corpus_wrong: bool = False,
    reason: str = "still wrong",
    ignore: Collection[str] = (),
) -> tuple[Callable[[str], None], Callable[[], None]]:
    """The tests of a story file: each story alone, then all stories as one corpus."""

    @pytest.mark.parametrize(
        "name",
        [
            pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=reason))
            if n in still_wrong
            else n
            for n in sorted(stories)
        ],
    )
    def test_each_story_alone_links_its_incidents(name: str) -> None:
        """One story reconciled on its own: each incident is one event, confounders apart."""
        docs, gold = stories[name]
        found = clusters(docs, ignore=ignore)

        assert exact(found, gold) == len(gold), sorted(set(found.values()), key=sorted)

    def test_all_stories_as_one_corpus() -> None:
        """The stories reconciled together keep every incident whole and apart."""
        docs = [d for story, _ in stories.values() for d in story]
        gold = [incident for _, incidents in stories.values() for incident in incidents]
        found = clusters(docs, ignore=ignore)

        assert exact(found, gold) == len(gold), [
            sorted(found[d]) for i in gold for d in sorted(i) if found[d] != frozenset(i)
        ]

    if corpus_wrong:
        test_all_stories_as_one_corpus = pytest.mark.xfail(strict=True, reason=reason)(
            test_all_stories_as_one_corpus
        )
    return test_each_story_alone_links_its_incidents, test_all_stories_as_one_corpus
