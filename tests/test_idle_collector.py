"""The language server's collector (`gc_policy.IdleCollector`): cycles are collected
between edits, once nothing has run for a while, or before an analysis once enough
garbage may have piled up; never while an analysis runs."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from wac_lint.gc_policy import IdleCollector


class Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector() -> Iterator[IdleCollector]:
    made = IdleCollector(idle_seconds=0.0, backstop=10_000)
    was_enabled = gc.isenabled()
    made.activate()
    try:
        yield made
    finally:
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def test_activate_turns_automatic_collection_off(collector: IdleCollector) -> None:
    assert collector.active
    assert not gc.isenabled()
    assert gc.get_freeze_count() > 0  # what was loaded before stays out of later scans


def test_an_idle_wait_collects_unless_an_analysis_started_since(collector: IdleCollector) -> None:
    collector.analysis_started()
    collector.analysis_ended()
    serial = collector.serial
    collector.analysis_started()  # the next edit came before the wait was over
    collector.collect_if_idle(serial)
    assert collector.collections == 0
    collector.analysis_ended()
    collector.collect_if_idle(serial)  # still void: an analysis ran since
    assert collector.collections == 0
    collector.collect_if_idle(collector.serial)
    assert collector.collections == 1


def test_no_idle_collection_while_an_analysis_runs(collector: IdleCollector) -> None:
    collector.analysis_started()
    collector.collect_if_idle(collector.serial)
    assert collector.collections == 0
    collector.analysis_ended()


def test_the_backstop_collects_before_an_analysis(collector: IdleCollector) -> None:
    garbage = [Cycle() for _ in range(20_000)]
    del garbage  # cycles: only the collector frees them
    assert gc.get_count()[0] > collector.backstop
    collector.analysis_started()
    collector.analysis_ended()
    assert collector.collections == 1
    assert gc.get_count()[0] < collector.backstop


def test_an_inactive_collector_leaves_the_process_alone() -> None:
    made = IdleCollector(idle_seconds=0.0, backstop=0)
    made.analysis_started()
    made.analysis_ended()
    made.collect_if_idle(made.serial)
    assert made.collections == 0
