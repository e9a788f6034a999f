"""Work a comparison no longer repeats per text (issue 11 §1): the lexicon's look-ups of
a text's hedges, conditions, exemptions, emphasis, life-cycle words, quantities and
addressee, and a text's content words, are worked out once for each distinct text; the
analysis and the comparison ask about the same texts again and again; and the Akoma Ntoso
reader makes its clauses without the models' keyword call. These tests count the work
done, and check that the answers are what the look-ups give anew."""

from __future__ import annotations

from typing import Any

import pytest

from resdiff.clauses import views
from resdiff.lexicon import Lexicon, features, measures, quantities

TEXT = (
    "Decides, unless the Council decides otherwise, to renew until 31 January 2025 the "
    "measures imposed by paragraph 1 of resolution 2127 (2013), as appropriate, and urges "
    "all parties to comply immediately, except for supplies of non-lethal equipment"
)

LOOK_UPS = [
    "hedges_in",
    "conditions_in",
    "exemptions_in",
    "emphasis_in",
    "lifecycle_in",
    "quantities_in",
    "addressee_in",
]


@pytest.mark.parametrize("name", LOOK_UPS)
def test_a_lexicon_look_up_reads_a_text_once(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    lexicon = Lexicon.default()
    look = getattr(lexicon, name)
    text = TEXT + f" ({name})"  # a text no other test asked about
    tried: list[str] = []
    # (The typed quantities are read in lexicon/quantities.py, split from features.py.)
    for module in (features, measures, quantities):
        found = module.finditer

        def counted(rx: Any, where: str, found: Any = found) -> Any:
            tried.append(where)
            return found(rx, where)

        monkeypatch.setattr(module, "finditer", counted)
    for module in (features, quantities):
        may = module.may_match

        def may_counted(rx: Any, where: str, keyed: str, may: Any = may) -> bool:
            tried.append(where)
            return bool(may(rx, where, keyed))

        monkeypatch.setattr(module, "may_match", may_counted)
    for module in (features, measures):
        screen = module.screened

        def screened(table: Any, by: Any, where: str, screen: Any = screen) -> Any:
            tried.append(where)
            return screen(table, by, where)

        monkeypatch.setattr(module, "screened", screened)
    first = look(text)
    assert tried, "the look-up read nothing"
    done = len(tried)
    again = look(text)
    assert len(tried) == done  # the second time, no pattern and no literal was tried
    assert again == first
    # The memo's answer is the look-up's own, worked out anew.
    assert again == getattr(type(lexicon), name).__wrapped__(lexicon, text)
    if isinstance(first, list):
        # Each caller is given a list of its own.
        assert again is not first
        again.append(None)
        assert look(text) == first


def test_content_words_of_a_text_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    text = TEXT + " (content words)"
    read: list[str] = []
    word = views._WORD

    class _Counting:
        def findall(self, where: str) -> list[str]:
            read.append(where)
            return list(word.findall(where))

    monkeypatch.setattr(views, "_WORD", _Counting())
    first = views.content_words(text)
    again = views.content_words(text)
    assert read == [text.lower()]
    assert again == first == views.content_words.__wrapped__(text)


def test_the_akn_reader_makes_its_clauses_without_the_keyword_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The validators are called with a dict, as the text reader's nodes call them: no
    # BaseModel.__init__ frame and keyword call for each clause and span of a long draft.
    from pathlib import Path

    from resdiff.model import Clause, Span
    from resdiff.read.akn import parse_akn

    made: list[str] = []
    for model in (Clause, Span):
        init = model.__init__

        def counted(self: Any, /, init: Any = init, **data: Any) -> None:
            made.append(type(self).__name__)
            init(self, **data)

        monkeypatch.setattr(model, "__init__", counted)
    corpus = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "akn"
    path = corpus / "S_RES_2608_2021.xml"
    if not path.exists():
        pytest.skip("the corpus is not here")
    draft = parse_akn(path.read_text(encoding="utf-8"), path=str(path))
    assert len(list(draft.paragraphs)) > 40
    assert made == []


def test_a_lexicon_extended_after_use_reads_with_its_own_entries() -> None:
    # Each lexicon remembers in a memo of its own: one that extends the default after
    # the default read a text finds its own entries there, and the default keeps its.
    default = Lexicon.default()
    text = "Calls upon all parties to cooperate, circumstances permitting, with the Mission"
    before = default.hedges_in(text)
    extended = default.extend(
        Lexicon.from_toml(
            '[hedges]\n"circumstances permitting" = '
            '{ kind = "discretion", explanation = "Only where the parties find it possible." }\n'
        )
    )
    assert [h.hedge for h in extended.hedges_in(text)] == ["circumstances permitting"]
    assert default.hedges_in(text) == before
    found = extended.hedges_in(text)
    found.clear()  # a caller's list is its own
    assert [h.hedge for h in extended.hedges_in(text)] == ["circumstances permitting"]
