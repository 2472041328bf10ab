"""Red team AM-O (amo): the correct-script corpus `tests/corpus/adversarial/am_ok_*`
(a vineyard, a ferry line, a dental clinic, an esports league; 21 Python, 20 Bun
TypeScript), dense with look-alikes: `except BaseException` that re-raises what is not an
`Exception` / not a `TaskError`, `contextlib.suppress(TaskError)`, TypeScript catches that
rethrow on `name === "StepSuspend"`, on `name !== "TaskError"` or through a helper,
`random.Random` seeded from inputs, `uuid5`, `new Date(input)` / `Date.parse(input)`,
module-level SQLAlchemy engines, axios / pg / S3 / Stripe clients used only in tasks,
Django and SQLAlchemy models touched only in tasks, sorted sets, a frozenset of ints,
Decimal and datetimes turned into strings before a checkpoint, distinct approval keys.

Blind score (committed before wac-lint was run, 1dc043b2): 41 scripts, 7 findings, 0
false. All 7 were true and my error: WAC103 (info) on step names given as a constant, a
`StrEnum` member / `.value`, a TypeScript string enum member (`lab_order_tracking_ok.ts`
x2, `supply_reorder_ok.py`, `prize_payout_ok.py`, `barrel_topping_ok.ts`,
`vine_spray_log_ok.py` x2): the keys are stable, but `windmill-oracle dag` shows
Windmill's parser labels each of those steps `step`, as the rule documents. The scripts
now write the literal. Every script here has no finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "am_ok_dental_clinic/hygienist_rota_ok.py": [],
    "am_ok_dental_clinic/insurance_claims_batch_ok.py": [],
    "am_ok_dental_clinic/lab_order_tracking_ok.ts": [],
    "am_ok_dental_clinic/no_show_followup_ok.ts": [],
    "am_ok_dental_clinic/patient_portal_export_ok.ts": [],
    "am_ok_dental_clinic/recall_reminders_ok.py": [],
    "am_ok_dental_clinic/sterilizer_cycle_audit_ok.ts": [],
    "am_ok_dental_clinic/supply_reorder_ok.py": [],
    "am_ok_dental_clinic/treatment_plan_consent_ok.py": [],
    "am_ok_dental_clinic/xray_archive_ok.ts": [],
    "am_ok_esports_league/anti_cheat_review_ok.py": [],
    "am_ok_esports_league/bracket_seeding_ok.py": [],
    "am_ok_esports_league/caster_schedule_ok.py": [],
    "am_ok_esports_league/match_result_ingest_ok.ts": [],
    "am_ok_esports_league/prize_payout_ok.py": [],
    "am_ok_esports_league/roster_lock_ok.ts": [],
    "am_ok_esports_league/sponsor_deliverables_ok.ts": [],
    "am_ok_esports_league/stream_clip_highlights_ok.ts": [],
    "am_ok_esports_league/tournament_checkin_ok.py": [],
    "am_ok_esports_league/vod_review_queue_ok.ts": [],
    "am_ok_ferry_line/crew_rest_hours_ok.py": [],
    "am_ok_ferry_line/deckhand_training_ok.ts": [],
    "am_ok_ferry_line/fuel_bunkering_ok.py": [],
    "am_ok_ferry_line/loyalty_miles_ok.py": [],
    "am_ok_ferry_line/passenger_manifest_sync_ok.ts": [],
    "am_ok_ferry_line/port_fee_reconcile_ok.py": [],
    "am_ok_ferry_line/sailing_cancellation_ok.py": [],
    "am_ok_ferry_line/timetable_publish_ok.ts": [],
    "am_ok_ferry_line/vehicle_deck_plan_ok.ts": [],
    "am_ok_ferry_line/weather_hold_ok.ts": [],
    "am_ok_vineyard/barrel_topping_ok.ts": [],
    "am_ok_vineyard/bottling_run_approval_ok.py": [],
    "am_ok_vineyard/cellar_sensor_digest_ok.ts": [],
    "am_ok_vineyard/cooperage_invoice_ok.py": [],
    "am_ok_vineyard/export_pallet_manifest_ok.ts": [],
    "am_ok_vineyard/frost_watch_ok.py": [],
    "am_ok_vineyard/grape_intake_weighbridge_ok.py": [],
    "am_ok_vineyard/harvest_pick_plan_ok.py": [],
    "am_ok_vineyard/tasting_panel_scores_ok.ts": [],
    "am_ok_vineyard/vine_spray_log_ok.py": [],
    "am_ok_vineyard/wine_club_shipment_ok.ts": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_findings_and_messages(name: str) -> None:
    path = ROOT / name
    lang = LANG_TYPESCRIPT if path.suffix == ".ts" else LANG_PYTHON
    result = analyze_source(SourceFile(str(path), path.read_text(), lang))
    assert not result.errors, [e.error for e in result.errors]
    got = [(f.row, f.code, str(f.severity), f.message) for f in result.findings]
    assert got == EXPECTED[name]
    assert (path.stem.endswith("_ok")) == (not got)


def test_every_script_of_the_folders_is_pinned() -> None:
    on_disk = {
        str(p.relative_to(ROOT)) for p in ROOT.glob("am_ok_*/*") if p.suffix in (".py", ".ts")
    }
    assert on_disk == set(EXPECTED)
