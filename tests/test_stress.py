"""A short version of `make stress` (stress/run.py): kill -9 at random moments, a full disk,
two writers, and mutated inputs for each reader - all zeros (issue 10). About a minute;
deselect locally with `-m "not stress"`, but it runs in `make test`."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "stress"))

import harness

pytestmark = pytest.mark.stress


def assert_all_zero(tallies) -> None:
    report = harness.table(tallies)
    assert all(tally.failures == 0 for tally in tallies), report
    assert all(tally.runs for tally in tallies if not tally.note), report


def test_kill_9_at_random_moments_loses_nothing():
    assert_all_zero(harness.kill_runs(8, seed=11))


def test_a_full_disk_gives_messages_and_an_intact_file():
    tallies = harness.full_disk_runs()
    if tallies[0].note:
        pytest.skip(tallies[0].note)
    assert_all_zero(tallies)


def test_two_writers_one_waits_its_turn():
    assert_all_zero(harness.two_writer_runs(1))


def test_readers_answer_every_mutated_input_with_a_result_or_a_message():
    kinds = tuple(kind for kind in harness.KINDS if kind not in harness.HOSTILE_WORKBOOKS)
    assert_all_zero(harness.fuzz_runs(60, seed=5, kinds=kinds, seconds=10))


def test_readers_refuse_hostile_workbooks():
    assert_all_zero(harness.fuzz_runs(6, seed=5, kinds=harness.HOSTILE_WORKBOOKS, seconds=10))
