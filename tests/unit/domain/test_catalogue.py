"""The intervention catalogue (issue 9 point 2): the shipped file, name look-ups, and validation messages."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.config import load_catalogue
from workbench.domain.catalogue import Catalogue, InterventionCategory, catalogue_from_mapping
from workbench.domain.errors import ValidationError

# Codes the foundation shipped: stored in plans and ledgers, so they must never disappear.
FOUNDATION_CODES = {
    "TSP",
    "RESOLVE",
    "BBR",
    "HSP",
    "ETE_LITERACY",
    "ETE_NUMERACY",
    "CARAT",
    "SMP_BSR",
    "CHAPLAINCY_SYCAMORE",
    "RESETTLE_HOUSING",
    "RESETTLE_FINANCE",
}


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue()


def test_the_shipped_catalogue_covers_every_category_with_outcomes(catalogue: Catalogue) -> None:
    for category in InterventionCategory:
        assert catalogue.in_category(category), f"no intervention in {category}"
    assert {i.code for i in catalogue.items} >= FOUNDATION_CODES
    for item in catalogue.items:
        assert item.needs, f"{item.code} addresses no need section"
        # A bare infinitive phrase in the third person: it follows "He will" / "To" in a rewrite.
        assert item.outcome and item.outcome[0].islower(), f"{item.code}: outcome {item.outcome!r}"
        assert not item.outcome.endswith("."), item.code


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("TSP", "TSP"),
        ("Thinking Skills Programme", "TSP"),
        ("Resolve", "RESOLVE"),
        ("BBR", "BBR"),
        ("Kaizen", "KAIZEN"),
        ("Horizon", "HSP"),
        ("Becoming New Me+", "BNM"),
        ("BNM+", "BNM"),
        ("CALM", "CALM"),
        ("CARATs", "CARAT"),
        ("ESOL", "ETE_ESOL"),
        ("Sycamore Tree", "CHAPLAINCY_SYCAMORE"),
        ("Shelter", "RESETTLE_HOUSING"),
        ("in-reach team", "HEALTH_MENTAL"),
        ("Storybook Dads", "RESETTLE_FAMILY"),
        ("ROTL", "WORK_ROTL"),
    ],
)
def test_the_names_staff_write_are_found(written: str, code: str, catalogue: Catalogue) -> None:
    assert [(w, i.code) for w, i in catalogue.find(f"He will attend {written} weekly")] == [(written, code)]


def test_the_longest_name_wins_and_case_does_not_matter(catalogue: Catalogue) -> None:
    found = catalogue.find("complete the thinking skills programme and tsp")
    assert [(w, i.code) for w, i in found] == [("thinking skills programme", "TSP"), ("tsp", "TSP")]
    assert catalogue.spans("do BBR") == [(3, 6, catalogue.by_code("BBR"))]


def test_names_that_are_ordinary_words_match_only_as_written(catalogue: Catalogue) -> None:
    assert catalogue.find("to resolve conflicts and stay calm in his shelter") == []
    assert [i.code for _, i in catalogue.find("do Resolve, then CALM")] == ["RESOLVE", "CALM"]
    assert {"resolve", "calm"} <= catalogue.ordinary_words()


def test_an_empty_catalogue_finds_nothing() -> None:
    empty = Catalogue(())
    assert empty.find("complete TSP") == []
    assert empty.spans("complete TSP") == []


def _entry(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "code": "X1",
        "name": "Example course",
        "category": "EDUCATION",
        "department": "EDUCATION",
        "aliases": ["EX"],
        "needs": ["ACCOMMODATION"],
        "outcome": "do something different",
    }
    base.update(fields)
    return base


def _good() -> dict[str, Any]:
    return _entry(code="GOOD", name="Good course", aliases=["GC"])


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (
            _entry(category="CLASSES"),
            "Intervention 2 (X1): unknown category 'CLASSES' (one of ACCREDITED_PROGRAMME",
        ),
        (_entry(department="GYM"), "Intervention 2 (X1): unknown department 'GYM' (one of OMU"),
        (_entry(needs=["HOUSING"]), "Intervention 2 (X1): unknown need section 'HOUSING'"),
        (_entry(aliases=["GC"]), "Intervention 2 (X1): the name 'GC' is already used by GOOD."),
        (_entry(name="good COURSE"), "Intervention 2 (X1): the name 'good COURSE' is already used by GOOD."),
        (_entry(code="GOOD"), "Intervention 2 (GOOD): the code is used twice."),
        (_entry(name=""), "Intervention 2 (X1) needs a code and a name."),
        (_entry(code=""), "Intervention 2 (no code) needs a code and a name."),
        (_entry(aliases="EX"), "Intervention 2 (X1): aliases must be a list of quoted names"),
        (_entry(match_case=["Ex"]), "Intervention 2 (X1): match_case lists 'Ex', which is not its name"),
    ],
)
def test_a_bad_entry_is_refused_naming_the_entry_and_field(bad: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        catalogue_from_mapping({"intervention": [_good(), bad]})
    assert str(raised.value).startswith(message)


@pytest.mark.parametrize("data", [{}, {"intervention": []}, {"intervention": "TSP"}])
def test_a_catalogue_without_entries_is_refused(data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError, match=r"no \[\[intervention\]\] entries"):
        catalogue_from_mapping(data)


def test_an_entry_that_is_not_a_table_is_refused() -> None:
    with pytest.raises(ValidationError, match="Intervention 2 is not a table"):
        catalogue_from_mapping({"intervention": [_good(), "TSP"]})


def test_a_good_entry_reads_back_as_written() -> None:
    catalogue = catalogue_from_mapping({"intervention": [_entry(match_case=["EX"])]})
    item = catalogue.by_code("X1")
    assert item is not None
    assert item.names == ("Example course", "EX")
    assert item.match_case == ("EX",)
    assert catalogue.find("an ex and an EX") == [("EX", item)]


def test_a_name_typed_with_look_alike_letters_is_found_not_a_crash(catalogue: Catalogue) -> None:
    """Ignoring case, "ı" and "İ" match "i": the match must still find its intervention."""
    assert [i.code for _, i in catalogue.find("see the ın-reach team")] == ["HEALTH_MENTAL"]
    assert [i.code for _, i in catalogue.find("İN-REACH")] == ["HEALTH_MENTAL"]


_LOOK_ALIKES = {"i": "iIıİ", "k": "kK\u212a", "s": "sSſ"}


@st.composite
def _names_as_typed(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from([n for i in load_catalogue().items for n in i.names]))
    letters = [draw(st.sampled_from(_LOOK_ALIKES.get(c.lower(), c + c.swapcase()))) for c in name]
    return draw(st.text(max_size=5)) + " " + "".join(letters) + " " + draw(st.text(max_size=5))


@settings(max_examples=300, deadline=None)
@given(text=_names_as_typed())
def test_find_never_raises_whatever_the_case_or_look_alikes(text: str) -> None:
    catalogue = load_catalogue()
    for written, item in catalogue.find(text):
        assert written in text
        assert item in catalogue.items
