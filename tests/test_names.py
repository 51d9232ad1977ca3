"""People's names: found, folded, and told apart as variant, misspelling or another person."""

from __future__ import annotations

import pytest

from discrepancy.names import NameVerdict, compare_tokens, find_person_names, fold, same_person
from discrepancy.rulebook import NameFold, load_rulebook

RULES = load_rulebook()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            "Vice President JD Vance met with Ukrainian President Volodymyr Zelenskyy in Rome",
            ["JD Vance", "Volodymyr Zelenskyy"],
            id="titles_are_stripped",
        ),
        pytest.param(
            "Secretary of State Marco Rubio spoke with Russian Foreign Minister Sergey Lavrov.",
            ["Marco Rubio", "Sergey Lavrov"],
            id="long_titles_are_stripped",
        ),
        pytest.param(
            "Fox News Digital's Landon Mion contributed to this report.",
            ["Landon Mion"],
            id="name_after_an_outlets_possessive",
        ),
        pytest.param(
            "Speaking on CBS News's Face the Nation at the White House and the Oval Office",
            [],
            id="outlets_and_buildings_are_not_people",
        ),
        pytest.param("Meanwhile Sunday, Russia launched", [], id="sentence_openers_are_not_names"),
        pytest.param(
            "I WILL BE SPEAKING TO PRESIDENT VLADIMIR PUTIN", [], id="all_caps_says_nothing"
        ),
        pytest.param(
            "The expedition is led by Norwegian Lars Eriksen, 54, and a Nepali Pasang Gurung.",
            ["Lars Eriksen", "Pasang Gurung"],
            id="a_people_before_a_name_is_no_first_name",
        ),
        pytest.param("Fans at Harbourside Arena cheered.", [], id="an_arena_is_no_one"),
        pytest.param(
            "Minister for Enterprise Declan Fitzgerald and Health Secretary Wes Streeting met.",
            ["Declan Fitzgerald", "Wes Streeting"],
            id="a_portfolio_before_a_name_is_a_title",
        ),
        pytest.param(
            "Sen. Tim Kaine (D-Virginia), a member of the committee",
            ["Tim Kaine"],
            id="abbreviated_title",
        ),
        pytest.param(
            "the inaugural Mass of Pope Leo XIV's reign at Saint Peter's Square",
            [],
            id="possessive_places_and_regnal_names",
        ),
        pytest.param(
            "A press conference in Bir Hassan, in Karim Hamadeh's words, was brief.",
            ["Karim Hamadeh"],
            id="a_name_right_after_in_is_a_place",
        ),
        pytest.param(
            "Three Papua New Guinean colleagues met Costa Rican police in Addis Abeba.",
            [],
            id="the_people_of_a_country_of_two_words_are_no_one",
        ),
        pytest.param(
            "Bev Armistead of LandSAR Wairarapa walked to Powell Hut with DeShawn McDonald.",
            ["Bev Armistead", "DeShawn McDonald"],
            id="a_body_with_a_run_of_capitals_and_a_hut_are_no_one",
        ),
        pytest.param(
            "The San Salvador-based carrier grew fastest in Southeast Asia, Kenyan-born "
            "Josphat Kiprono said of the Southeast Asian market.",
            ["Josphat Kiprono"],
            id="a_world_region_and_a_place_said_of_something_are_no_one",
        ),
        pytest.param(
            "The deputy chairman of the Cabinet of Ministers Annaguly Orazmuradov met Bernie "
            "Sanders.",
            ["Annaguly Orazmuradov", "Bernie Sanders"],
            id="a_title_in_the_plural_opens_no_name",
        ),
    ],
)
def test_find_person_names(text: str, names: list[str]) -> None:
    found = find_person_names(text, RULES)
    assert [n.text for n in found] == names
    for name in found:
        assert text[name.start : name.end] == name.text


@pytest.mark.parametrize(
    ("a", "b", "verdict"),
    [
        ("Zelensky", "Zelenskyy", NameVerdict.VARIANT),
        ("Zelenskiy", "Zelenskyy", NameVerdict.VARIANT),
        ("Zelenski", "Zelensky", NameVerdict.VARIANT),
        # a Polish spelling (w, sz) keeps its -ski: -sky is a mistake there
        ("Dombrowski", "Dombrowsky", NameVerdict.MISSPELLING),
        ("Szczepanski", "Szczepansky", NameVerdict.MISSPELLING),
        ("Sergei", "Sergey", NameVerdict.VARIANT),
        ("Dmitriy", "Dmitry", NameVerdict.VARIANT),
        ("Vlodomyr", "Volodymyr", NameVerdict.MISSPELLING),
        ("Jon", "John", NameVerdict.MISSPELLING),
        ("Volodymyr", "Volodymyr", NameVerdict.SAME),
        ("Olena", "Volodymyr", NameVerdict.DIFFERENT),
        ("Trump", "Tusk", NameVerdict.DIFFERENT),
        ("Zelenska", "Zelenskyy", NameVerdict.MISSPELLING),
        ("Tesfay", "Tesfaye", NameVerdict.VARIANT),
        ("Misra", "Mishra", NameVerdict.VARIANT),
        ("Akhter", "Akter", NameVerdict.VARIANT),
        ("Phichit", "Pichit", NameVerdict.VARIANT),
        ("Farouq", "Farouk", NameVerdict.VARIANT),
        ("Hnatiuk", "Hnatyuk", NameVerdict.VARIANT),
        ("Ji-hoon", "Jihoon", NameVerdict.VARIANT),
        ("Baloushi", "Balushi", NameVerdict.VARIANT),
        ("Aizhan", "Ayzhan", NameVerdict.VARIANT),
        ("Batbaiar", "Batbayar", NameVerdict.VARIANT),
        ("Ferreyra", "Ferreira", NameVerdict.MISSPELLING),  # y after e: no Mongolian fold
        ("Petruševski", "Petrushevski", NameVerdict.VARIANT),
        ("Petruševski", "Petrusevski", NameVerdict.VARIANT),
        ("Tehreek", "Tehrik", NameVerdict.VARIANT),
        ("Kareem", "Karim", NameVerdict.VARIANT),
        ("Bergþóra", "Bergthora", NameVerdict.VARIANT),
        ("Ásgeirsdóttir", "Asgeirsdottir", NameVerdict.VARIANT),
        ("Mikhail", "Mihail", NameVerdict.VARIANT),
        ("St-Germain", "Saint-Germain", NameVerdict.VARIANT),
        ("Nicos", "Nikos", NameVerdict.VARIANT),
        ("Abdelmadjid", "Abdelmajid", NameVerdict.VARIANT),
        ("Hamadeh", "Hamada", NameVerdict.VARIANT),
        ("Baruah", "Barua", NameVerdict.VARIANT),
        ("Hagerty", "Hegarty", NameVerdict.MISSPELLING),  # two letters swapped across
        ("Scotia", "Scotian", NameVerdict.DIFFERENT),  # a place and its people
        ("Julia", "Julian", NameVerdict.DIFFERENT),
        ("Mohd", "Mohamad", NameVerdict.VARIANT),  # as Malaysian papers shorten it
        ("Hassan", "Hasan", NameVerdict.VARIANT),  # ss between vowels
        ("Vandenbussche", "Vandenbusche", NameVerdict.MISSPELLING),  # ss before a consonant
        ("Kessler-Rau", "Kesler-Rau", NameVerdict.MISSPELLING),
        ("Mammadov", "Mamedov", NameVerdict.VARIANT),
        ("Tursunaliyev", "Tursunaliev", NameVerdict.VARIANT),
        ("Fa'amausili", "Faamausili", NameVerdict.VARIANT),
        ("Costas", "Kostas", NameVerdict.VARIANT),
        ("Nicola", "Nikolai", NameVerdict.MISSPELLING),  # c or k alike, the rest is not
        ("Kowalczik", "Kowalczyk", NameVerdict.MISSPELLING),
        ("Galloway", "Calloway", NameVerdict.MISSPELLING),
        ("Wójcik", "Wojcik", NameVerdict.VARIANT),
        ("Dvořák", "Dvorak", NameVerdict.VARIANT),
        ("Ilya", "Ilia", NameVerdict.VARIANT),
        ("Kvitsiniya", "Kvitsinia", NameVerdict.VARIANT),
        ("Mariya", "Maria", NameVerdict.VARIANT),
        ("Maya", "Mia", NameVerdict.MISSPELLING),  # ya after a vowel: no fold
        ("Baker", "Parker", NameVerdict.DIFFERENT),
    ],
)
def test_compare_tokens(a: str, b: str, verdict: str) -> None:
    assert compare_tokens(a, b, RULES.folds) == verdict


def test_fold_removes_transliteration_differences_only() -> None:
    assert fold("Zelenskyy", RULES.folds) == fold("Zelensky", RULES.folds)
    assert fold("Zelenska", RULES.folds) != fold("Zelensky", RULES.folds)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Vlodomyr Zelenskyy", "Volodymyr Zelenskyy", True),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Olena Zelenska", "Volodymyr Zelenskyy", False),
        ("Donald Trump", "Donald Tusk", False),
        ("Sergei Lavrov", "Sergey Lavrov", True),
        ("Vlodomyr Zelenskiy", "Volodymyr Zelenskyy", True),
        ("Marco Rubio", "Marco Rubio Jr", False),
    ],
)
def test_same_person_needs_one_part_written_alike(a: str, b: str, same: bool) -> None:
    assert same_person(tuple(a.split()), tuple(b.split()), RULES.folds) is same


def test_transposed_letters_are_a_misspelling_even_where_a_fold_applies() -> None:
    folds = load_rulebook().folds
    assert compare_tokens("Malinowski", "Malinowksi", folds) == NameVerdict.MISSPELLING


def test_a_title_of_several_words_is_not_part_of_the_name() -> None:
    rulebook = load_rulebook()
    text = "Chief Fire Officer Margaret Holloway told reporters at the scene."
    names = [" ".join(n.tokens) for n in find_person_names(text, rulebook)]
    assert names == ["Margaret Holloway"]


def test_parties_streets_and_places_are_not_people() -> None:
    text = (
        "Liberal Democrat Helen Marsh beat Conservative Gareth Pyne in Lower Dene, "
        "near Kirkby Lane."
    )
    assert [n.text for n in find_person_names(text, RULES)] == ["Helen Marsh", "Gareth Pyne"]


def test_a_fold_that_hangs_on_a_spelling_leaves_the_spelling_unfolded() -> None:
    # without the fold's time limit this would not return: 2^40 ways to split the a's
    hanging = NameFold("(a|aa)+$", "a", "hostile", "rules/x.toml", 3)
    assert fold("a" * 40 + "b", (hanging,)) == "a" * 40 + "b"


def test_honorifics_of_other_languages_are_titles() -> None:
    text = "The dead were Malam Idris Lawan and Alhaji Sani Bello; Herr Jonas Keller spoke."
    names = [" ".join(n.tokens) for n in find_person_names(text, RULES)]
    assert names == ["Idris Lawan", "Sani Bello", "Jonas Keller"]


def test_office_abbreviations_are_titles() -> None:
    text = "Treasury CS Daniel Mutai spoke; DSP Anil Rao and MCA Grace Wanjiku listened."
    names = [" ".join(n.tokens) for n in find_person_names(text, RULES)]
    assert names == ["Daniel Mutai", "Anil Rao", "Grace Wanjiku"]


def test_a_plural_possessive_s_apostrophe_is_not_part_of_the_name() -> None:
    text = "The failure hurts Mitsubishi Heavy Industries' plans; Sean O'Brien said so."
    names = [n.text for n in find_person_names(text, RULES)]
    assert names == ["Mitsubishi Heavy Industries", "Sean O'Brien"]


def test_telugu_and_tamil_sree_and_sri_are_one_name() -> None:
    assert compare_tokens("Sreenivasulu", "Srinivasulu", RULES.folds) == NameVerdict.VARIANT
    assert compare_tokens("Sreedhar", "Sridhar", RULES.folds) == NameVerdict.VARIANT


def test_a_name_follows_the_last_title_of_its_run() -> None:
    text = (
        "Marlow Mayor Dale Kuchera spoke; Peru Health Minister Ana Ruiz and Grace Kelly listened."
    )
    names = [" ".join(n.tokens) for n in find_person_names(text, RULES)]
    assert names == ["Dale Kuchera", "Ana Ruiz", "Grace Kelly"]
    hyphenated = "Bureau Director-General Kiprono Chepkowny said so."
    assert [n.tokens for n in find_person_names(hyphenated, RULES)] == [("Kiprono", "Chepkowny")]


def test_a_name_and_its_shortened_form_are_one_person() -> None:
    full = ("Julio", "César", "Quispe", "Mamani")
    assert [
        n.tokens for n in find_person_names("The driver, Julio César Quispe Mamani, 58.", RULES)
    ] == [full]
    # without the mother's surname, misspelt: one person, spelt two ways
    assert same_person(("Julio", "Cesar", "Quipse"), full, RULES.folds)
    # two words, the mother's surname dropped and the father's misspelt: one person too
    assert same_person(("Freddy", "Candori"), ("Freddy", "Condori", "Mamani"), RULES.folds)
    # ... but a first name that differs is someone else
    assert not same_person(("José", "Condori"), ("Freddy", "Condori", "Mamani"), RULES.folds)


def test_german_umlauts_written_out_are_a_variant() -> None:
    assert compare_tokens("Joerg", "Jörg", RULES.folds) == NameVerdict.VARIANT
    assert compare_tokens("Mueller", "Müller", RULES.folds) == NameVerdict.VARIANT
    assert compare_tokens("Weissmann", "Weißmann", RULES.folds) == NameVerdict.VARIANT


def test_a_nickname_in_quotes_leaves_the_name_around_it() -> None:
    text = 'The dead are Ricardo "Ricky" Croes, 47, and Juan Carlos Tromp, 29.'
    names = find_person_names(text, RULES)
    assert [(n.text, n.tokens) for n in names] == [
        ("Ricardo Croes", ("Ricardo", "Croes")),
        ("Juan Carlos Tromp", ("Juan", "Carlos", "Tromp")),
    ]
    assert text[names[0].start : names[0].end] == 'Ricardo "Ricky" Croes'


def test_an_occupation_written_as_a_title_is_no_part_of_the_name() -> None:
    found = find_person_names("Demographer Karma Lhamo said the count was complete.", RULES)
    assert [n.tokens for n in found] == [("Karma", "Lhamo")]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("The CEO, Pieter van Oosterhout, said.", [("Pieter", "van", "Oosterhout")]),
        ("Hendrik-Jan van de Kamp, 58, farms here.", [("Hendrik-Jan", "van", "de", "Kamp")]),
        (
            "Commander Norhayati binti Haji Abdul Karim said.",
            [("Norhayati", "binti", "Haji", "Abdul", "Karim")],
        ),
        # a bare "de" joins a place's words far more often than a person's
        ("He flew to Rio de Janeiro on Monday.", []),
    ],
)
def test_the_small_words_inside_a_name_are_part_of_it(
    text: str, tokens: list[tuple[str, ...]]
) -> None:
    assert [n.tokens for n in find_person_names(text, RULES)] == tokens
