from clc_desktop.reports.cube import Fact, Key, additivity_mismatches, marginal_keys


def _cube(*facts: tuple[str, Fact, int]) -> dict[Key, int]:
    cube: dict[Key, int] = {}
    for indicator, fact, value in facts:
        for key in marginal_keys(indicator, fact):
            cube[key] = cube.get(key, 0) + value
    return cube


def test_a_complete_cube_adds_up() -> None:
    cube = _cube(
        ("attendances", Fact("digital", "female", "26_35"), 3),
        ("attendances", Fact("health", "male", "over_60"), 2),
    )
    assert additivity_mismatches(cube) == []
    assert cube[Key("attendances")] == 5


def test_an_edited_part_is_caught_in_each_dimension_it_breaks() -> None:
    cube = _cube(("attendances", Fact("digital", "female", "26_35"), 3))
    cube[Key("attendances", "digital", "female", "26_35")] = 4
    found = {(m.total_key, m.dimension) for m in additivity_mismatches(cube)}
    assert found == {
        (Key("attendances", "_all", "female", "26_35"), "topic"),
        (Key("attendances", "digital", "_all", "26_35"), "sex"),
        (Key("attendances", "digital", "female", "_all"), "age_band"),
    }


def test_a_total_without_parts_does_not_add_up() -> None:
    mismatches = additivity_mismatches({Key("classes"): 2})
    assert [(m.dimension, m.total, m.parts) for m in mismatches] == [("topic", 2, 0)]


def test_learners_are_not_additive_over_topics_but_groups_never_are() -> None:
    cube = _cube(
        ("learners", Fact("digital", "female", "26_35", ("disability",)), 1),
        ("learners", Fact("health", "female", "26_35", ("disability",)), 1),
    )
    # The same person in two topics: topic _all counts her once.
    for key in list(cube):
        if key.topic == "_all":
            cube[key] = 1
    assert additivity_mismatches(cube) == []
