"""Red team AK (ako): the correct-script corpus `tests/corpus/adversarial/ak_ok_*`
(a climbing gym, a journal's peer review, a recycling depot, an ice rink; Python and Bun
TypeScript, written correct and dense with look-alikes: I/O-named pure helpers, clocks and
randomness only in tasks / steps or seeded from inputs, module clients used only in tasks,
handlers that let the suspension through, constant approval keys, every approval and
`task_script` option, nested fan-outs, sorted sets, values converted before a checkpoint).

Blind score (written and committed before wac-lint was run on them): batch 1, 40 scripts,
0 findings; batch 2, 14 harder look-alikes, 0 findings; batch 3, 8 exotic shapes (async
generators of tasks, `match` on a task result, logging context managers, `for await` over
mapped task calls), 0 findings; 0 false findings in all. Every
script is pinned with no finding at all (info included)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ak_ok_climbing_gym/belay_test_reminders_ok.ts": [],
    "ak_ok_climbing_gym/birthday_party_bookings_ok.ts": [],
    "ak_ok_climbing_gym/coach_approval_options_ok.py": [],
    "ak_ok_climbing_gym/comp_scoring_ok.py": [],
    "ak_ok_climbing_gym/day_pass_waivers_ok.ts": [],
    "ak_ok_climbing_gym/energy_meter_ingest_ok.py": [],
    "ak_ok_climbing_gym/gear_recall_notices_ok.ts": [],
    "ak_ok_climbing_gym/guest_pass_batch_ok.py": [],
    "ak_ok_climbing_gym/hold_inventory_audit_ok.ts": [],
    "ak_ok_climbing_gym/lead_certification_ok.py": [],
    "ak_ok_climbing_gym/locker_shard_audit_ok.py": [],
    "ak_ok_climbing_gym/member_freeze_requests_ok.py": [],
    "ak_ok_climbing_gym/route_reset_rotation_ok.py": [],
    "ak_ok_climbing_gym/setter_feedback_survey_ok.ts": [],
    "ak_ok_climbing_gym/staff_rota_publish_ok.ts": [],
    "ak_ok_climbing_gym/youth_team_travel_ok.ts": [],
    "ak_ok_ice_rink/figure_judging_ok.ts": [],
    "ak_ok_ice_rink/hockey_tournament_draw_ok.ts": [],
    "ak_ok_ice_rink/ice_show_cast_ok.ts": [],
    "ak_ok_ice_rink/ice_time_auction_ok.py": [],
    "ak_ok_ice_rink/league_standings_ok.py": [],
    "ak_ok_ice_rink/learn_to_skate_enrolment_ok.ts": [],
    "ak_ok_ice_rink/public_session_capacity_ok.ts": [],
    "ak_ok_ice_rink/referee_assignments_ok.ts": [],
    "ak_ok_ice_rink/refrigeration_alarm_ok.py": [],
    "ak_ok_ice_rink/resurfacing_plan_ok.py": [],
    "ak_ok_ice_rink/rink_board_minutes_ok.py": [],
    "ak_ok_ice_rink/season_pass_renewals_ok.ts": [],
    "ak_ok_ice_rink/sharpening_queue_ok.ts": [],
    "ak_ok_ice_rink/skate_rental_restock_ok.py": [],
    "ak_ok_ice_rink/telemetry_digest_ok.py": [],
    "ak_ok_journal_review/citation_metrics_ok.py": [],
    "ak_ok_journal_review/conflict_of_interest_ok.ts": [],
    "ak_ok_journal_review/copyedit_queue_ok.ts": [],
    "ak_ok_journal_review/doi_registration_ok.py": [],
    "ak_ok_journal_review/editor_decision_ok.py": [],
    "ak_ok_journal_review/embargo_release_ok.ts": [],
    "ak_ok_journal_review/manuscript_intake_ok.py": [],
    "ak_ok_journal_review/open_access_fees_ok.ts": [],
    "ak_ok_journal_review/peer_review_week_ok.ts": [],
    "ak_ok_journal_review/preprint_sync_ok.ts": [],
    "ak_ok_journal_review/retraction_notice_ok.ts": [],
    "ak_ok_journal_review/review_quality_scores_ok.py": [],
    "ak_ok_journal_review/reviewer_invitations_ok.py": [],
    "ak_ok_journal_review/revision_triage_ok.py": [],
    "ak_ok_journal_review/special_issue_assembly_ok.py": [],
    "ak_ok_journal_review/translation_vendor_quotes_ok.ts": [],
    "ak_ok_recycling_depot/bale_shipments_ok.ts": [],
    "ak_ok_recycling_depot/bin_sensor_fleet_ok.ts": [],
    "ak_ok_recycling_depot/collection_rounds_ok.py": [],
    "ak_ok_recycling_depot/compactor_maintenance_ok.py": [],
    "ak_ok_recycling_depot/contamination_reports_ok.ts": [],
    "ak_ok_recycling_depot/depot_kpi_export_ok.py": [],
    "ak_ok_recycling_depot/drop_off_slots_ok.ts": [],
    "ak_ok_recycling_depot/fleet_fuel_reconcile_ok.py": [],
    "ak_ok_recycling_depot/gate_fee_invoices_ok.ts": [],
    "ak_ok_recycling_depot/hazardous_waste_manifest_ok.py": [],
    "ak_ok_recycling_depot/material_price_hedge_ok.py": [],
    "ak_ok_recycling_depot/permit_renewal_reminders_ok.py": [],
    "ak_ok_recycling_depot/scale_calibration_ok.ts": [],
    "ak_ok_recycling_depot/skip_hire_bookings_ok.ts": [],
    "ak_ok_recycling_depot/weighbridge_tickets_ok.py": [],
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
        str(p.relative_to(ROOT)) for p in ROOT.glob("ak_ok_*/*") if p.suffix in (".py", ".ts")
    }
    assert on_disk == set(EXPECTED)
