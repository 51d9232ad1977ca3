"""The rule files: the shipped ones are valid and documented; broken ones are named precisely."""

from __future__ import annotations

from pathlib import Path

import pytest

from discrepancy.errors import RuleFileError
from discrepancy.rulebook import default_rules_dir, load_rulebook

RULES = load_rulebook()
REQUIRED_SLOTS = {
    "casualties.killed", "casualties.injured", "drones.launched", "drones.downed",
    "missiles.launched", "prisoners.exchanged", "casualties.killed_rate", "meeting.day",
    "call.day", "incident.day", "meeting.duration", "crowd.size", "incident.duration",
    "strike.duration", "strike.workers", "person.age", "sentence.prison", "money.fine",
    "quake.magnitude", "quake.depth", "wind.speed", "rainfall.amount", "fire.area",
    "vehicle.speed", "vehicle.passengers", "votes.count", "votes.share", "votes.turnout",
    "seats.won", "company.revenue", "company.profit", "jobs.cut", "money.cost", "match.score",
    "people.trapped", "power.outages",
}  # fmt: skip


def test_default_rules_are_found_beside_the_package() -> None:
    assert (default_rules_dir() / "casualties.toml").is_file()


def test_default_rules_cover_the_facts_the_desk_needs() -> None:
    assert {rule.id for rule in RULES.rules} >= REQUIRED_SLOTS


def test_rule_ids_are_unique() -> None:
    ids = [rule.id for rule in RULES.rules]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("rule", RULES.rules, ids=lambda r: r.id)
def test_every_rule_has_a_label_description_and_both_kinds_of_example(rule: object) -> None:
    from discrepancy.rulebook import Rule

    assert isinstance(rule, Rule)
    assert rule.label and rule.description
    expectations = [example.expect for example in rule.examples]
    assert "none" in expectations, "a rule needs an example it must not read"
    assert any(e != "none" for e in expectations), "a rule needs an example it must read"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


GOOD_RULE = """
[[rule]]
id = "crowd.size"
label = "Crowd size"
description = "People in a crowd."
kind = "count"
triggers = ["gathered"]
counted = ["people"]
"""


def error_for(tmp_path: Path, text: str) -> RuleFileError:
    write(tmp_path, "mine.toml", text)
    with pytest.raises(RuleFileError) as caught:
        load_rulebook([tmp_path])
    return caught.value


def test_a_valid_extra_rule_file_loads(tmp_path: Path) -> None:
    write(tmp_path, "mine.toml", GOOD_RULE)
    rulebook = load_rulebook([tmp_path])
    assert rulebook.rule("crowd.size").counted == frozenset({"people"})


def test_invalid_toml_names_file_and_line(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + '\n[[rule]]\nid = "broken\n')
    assert error.path.endswith("mine.toml")
    assert error.line == 11
    assert "not valid TOML" in str(error)


def test_missing_label_points_at_the_rule(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE.replace('label = "Crowd size"\n', ""))
    assert error.line == 2
    assert "label" in str(error)


def test_unknown_kind_points_at_the_key(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE.replace('kind = "count"', 'kind = "vibes"'))
    assert error.line == 6
    assert error.key == "kind"
    assert "vibes" in str(error)


def test_misspelt_key_is_an_error_not_silence(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE.replace("triggers", "trigers"))
    assert "unknown key 'trigers'" in str(error)
    assert error.line == 7


def test_duplicate_ids_name_both_places(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + GOOD_RULE)
    assert "already used" in str(error)
    assert error.line == 10


def test_unknown_word_list_is_named(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE.replace('["people"]', '["@crowds"]'))
    assert "no word list 'crowds'" in str(error)


def test_day_rule_must_name_known_event_categories(tmp_path: Path) -> None:
    text = """
[[event]]
category = "rally"
words = ["rally"]

[[rule]]
id = "rally.day"
label = "Day of a rally"
kind = "day"
events = ["parade"]
"""
    error = error_for(tmp_path, text)
    assert "'parade' is not defined" in str(error)
    assert error.line == 6


def test_bad_name_fold_pattern_is_reported(tmp_path: Path) -> None:
    error = error_for(tmp_path, '[[fold]]\npattern = "(unclosed"\nreplace = "x"\n')
    assert error.line == 1
    assert "bad pattern" in str(error)


def test_a_folder_without_rule_files_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match=r"no \.toml rule files"):
        load_rulebook([tmp_path])


def test_error_text_reads_path_line_message(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE.replace('kind = "count"', 'kind = "vibes"'))
    assert str(error).startswith(f"{tmp_path / 'mine.toml'}:6: ")


def test_self_counting_words_must_be_triggers(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + 'self_counting = ["toll"]\n')
    assert "self_counting word 'toll' is not one of the triggers" in str(error)


def test_a_measure_s_units_must_be_units_of_its_dimension(tmp_path: Path) -> None:
    measure = GOOD_RULE.replace('kind = "count"', 'kind = "measure"\nmeasure = "length"')
    error = error_for(tmp_path, measure + 'units = ["mm", "km/h"]\n')
    assert "unit 'km/h' is not a unit of length" in str(error)
    error = error_for(tmp_path, GOOD_RULE + 'units = ["mm"]\n')
    assert "unit 'mm' is not a unit of a measure" in str(error)


def test_aspect_words_must_be_triggers_and_lists(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + 'aspects = { rally = ["rallied"] }\n')
    assert "aspects word 'rallied' is not one of the triggers" in str(error)
    assert error.line == 9  # the line of `aspects`
    error = error_for(tmp_path, GOOD_RULE + 'aspects = { rally = "gathered" }\n')
    assert "aspect 'rally' must be a list of trigger words" in str(error)


def test_an_aspect_names_the_trigger_s_own_fact(tmp_path: Path) -> None:
    write(tmp_path, "mine.toml", GOOD_RULE + 'aspects = { rally = ["gathered"] }\n')
    rule = load_rulebook([tmp_path]).rule("crowd.size")
    assert (rule.aspect("gathered"), rule.aspect("marched")) == ("rally", "")


def test_event_words_must_be_a_table_of_lists(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + 'event_words = ["vote"]\n')
    assert "'event_words' must be a table of category = [words]" in str(error)
    error = error_for(tmp_path, GOOD_RULE + 'event_words = { election = "vote" }\n')
    assert "event_words 'election' must be a list of words" in str(error)


def test_markers_table_rejects_unknown_keys(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + '\n[markers]\nanother_event = ["x"]\n')
    assert "unknown key 'another_event' in [markers]" in str(error)


EVENT_COVERING = """
[[event]]
category = "mishap"
words = ["mishap"]
covers = ["nosuchkind"]
"""


def test_covers_must_name_a_defined_category(tmp_path: Path) -> None:
    error = error_for(tmp_path, EVENT_COVERING)
    assert error.path.endswith("mine.toml")
    assert error.line == 5
    assert "nosuchkind" in str(error)


def test_reach_days_must_be_a_small_whole_number(tmp_path: Path) -> None:
    text = EVENT_COVERING.replace('["nosuchkind"]', '["fire"]') + "reach_days = 400\n"
    error = error_for(tmp_path, text)
    assert error.line == 6
    assert "reach_days" in str(error)


def test_alone_words_must_be_a_list_of_words(tmp_path: Path) -> None:
    text = EVENT_COVERING.replace('["nosuchkind"]', '["fire"]') + 'alone_words = "exploded"\n'
    error = error_for(tmp_path, text)
    assert (error.line, error.key) == (6, "alone_words")


def test_of_person_needs_a_subject(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + "of_person = true\n")
    assert error.key == "of_person"
    assert "subject" in str(error)


def test_the_folds_hash_like_the_tuple_they_are() -> None:
    # hashed once (name comparisons key a cache by them), equal to and hashing like a tuple
    from discrepancy.rulebook import Folds

    folds = load_rulebook().folds
    assert isinstance(folds, Folds)
    assert folds == tuple(folds) and hash(folds) == hash(tuple(folds))


def test_trigger_events_name_triggers_and_known_categories(tmp_path: Path) -> None:
    error = error_for(tmp_path, GOOD_RULE + 'trigger_events = { freed = ["kidnapping"] }\n')
    assert "trigger_events word 'freed' is not one of the triggers" in str(error)
    assert error.line == 9
    error = error_for(tmp_path, GOOD_RULE + 'trigger_events = { gathered = "rally" }\n')
    assert "trigger_events 'gathered' must be a list of categories" in str(error)
    error = error_for(tmp_path, GOOD_RULE + 'trigger_events = { gathered = ["parade"] }\n')
    assert "'parade' is not defined" in str(error)


def test_a_trigger_narrowed_to_events_serves_only_there() -> None:
    [rescued] = [r for r in load_rulebook().rules if r.id == "people.rescued"]
    assert rescued.serves_in("freed", "kidnapping")
    assert not rescued.serves_in("freed", "exchange")
    assert rescued.serves_in("rescued", "exchange")  # a word not narrowed serves anywhere


def test_a_fold_that_backtracks_is_left_out_with_file_and_line(tmp_path: Path) -> None:
    sound = '[[fold]]\npattern = "yy$"\nreplace = "y"\n\n'
    write(tmp_path, "folds.toml", sound + '[[fold]]\npattern = "(a|aa)+$"\nreplace = "a"\n')
    rulebook = load_rulebook([tmp_path])
    assert [f.pattern for f in rulebook.folds] == ["yy$"]
    [warning] = rulebook.warnings
    assert warning.startswith(f"{tmp_path / 'folds.toml'}:5: fold pattern '(a|aa)+$'")
    assert load_rulebook().warnings == ()  # the shipped folds are sound


def test_parts_is_read_as_a_flag() -> None:
    [aboard] = [r for r in load_rulebook().rules if r.id == "vehicle.passengers"]
    assert aboard.parts
    [killed] = [r for r in load_rulebook().rules if r.id == "casualties.killed"]
    assert not killed.parts


def test_a_rule_key_written_below_its_examples_is_an_error(tmp_path: Path) -> None:
    # TOML files a key written after an example's table under that example: the rule would
    # silently lose it
    example = '\n  [[rule.example]]\n  text = "About 300 gathered."\n  expect = "[300,300]"\n'
    error = error_for(tmp_path, GOOD_RULE + example + "exact = true\n")
    assert error.key == "exact"
    assert error.line == 13  # the key's own line
    assert "unknown key 'exact' in an example" in str(error)
