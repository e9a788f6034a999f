"""Work a long comparison no longer repeats: what it looks up once per text is kept for
the other draft, which shares most of its paragraphs."""

from __future__ import annotations

from resdiff.classify import reference
from resdiff.classify.hosts import TextHosts


def test_a_mandate_reference_is_read_once_for_both_drafts() -> None:
    text = (
        "Decides to extend the mandate of UNISFA as set out in paragraph 2 of resolution "
        "1990 (2011) until 15 November 2022"
    )
    reference._mandate_sources.cache_clear()
    first = reference._mandate_sources(text)
    again = reference._mandate_sources(text)
    assert first == again == ("1990 (2011)",)
    info = reference._mandate_sources.cache_info()
    assert (info.hits, info.misses) == (1, 1)


def test_text_hosts_give_each_paragraphs_text_as_it_was_given() -> None:
    texts = ["decides to renew", "", "calls upon\0all parties", "é mission"]
    hosts = TextHosts(texts)
    assert [hosts.text(k) for k in range(len(texts))] == texts
    assert hosts.texts == texts
