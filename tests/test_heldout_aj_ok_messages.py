"""Red team AJ (ajo): the correct-script corpus `tests/corpus/adversarial/aj_ok_*`
(a public aquarium, a bakery chain, clinical trials, a coworking space; workflows in
unusual valid styles, Python and Bun TypeScript), every finding pinned with its line,
severity and exact message; the scripts named `_ok` have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "aj_ok_aquarium/coral_spawn_watch_ok.ts": [],
    "aj_ok_aquarium/dive_show_roster_ok.ts": [],
    "aj_ok_aquarium/feeding_schedule_ok.py": [],
    "aj_ok_aquarium/gift_shop_restock_ok.ts": [],
    "aj_ok_aquarium/quarantine_release_ok.py": [],
    "aj_ok_aquarium/sea_turtle_rehab_ok.ts": [],
    "aj_ok_aquarium/tank_maintenance_match_ok.py": [],
    "aj_ok_aquarium/ticket_refunds_ok.ts": [],
    "aj_ok_aquarium/visitor_count_report_ok.py": [],
    "aj_ok_aquarium/water_quality_alarm_ok.py": [],
    "aj_ok_bakery_chain/croissant_quality_audit_ok.ts": [],
    "aj_ok_bakery_chain/delivery_route_handoff_ok.ts": [],
    "aj_ok_bakery_chain/flour_supplier_tender_ok.py": [],
    "aj_ok_bakery_chain/franchise_onboarding_ok.ts": [],
    "aj_ok_bakery_chain/holiday_menu_rollout_ok.py": [],
    "aj_ok_bakery_chain/loyalty_points_batch_ok.py": [],
    "aj_ok_bakery_chain/order_webhook_verify_ok.py": [],
    "aj_ok_bakery_chain/oven_shift_planner_ok.py": [],
    "aj_ok_bakery_chain/price_board_sync_ok.ts": [],
    "aj_ok_bakery_chain/proofing_cabinet_sweep_ok.py": [],
    "aj_ok_bakery_chain/waste_forecast_ok.py": [],
    "aj_ok_clinical_trials/adverse_event_escalation_ok.py": [],
    "aj_ok_clinical_trials/consent_reconsent_ok.py": [],
    "aj_ok_clinical_trials/drug_supply_resupply_ok.ts": [],
    "aj_ok_clinical_trials/dsmb_unblinding_ok.ts": [],
    "aj_ok_clinical_trials/ecrf_query_sweep_ok.ts": [],
    "aj_ok_clinical_trials/lab_results_ingest_ok.py": [],
    "aj_ok_clinical_trials/protocol_deviation_log_ok.ts": [],
    "aj_ok_clinical_trials/randomize_participants_ok.py": [],
    "aj_ok_clinical_trials/site_monitoring_visit_ok.py": [],
    "aj_ok_clinical_trials/visit_window_reminders_ok.ts": [],
    "aj_ok_coworking/access_badge_audit_ok.py": [],
    "aj_ok_coworking/coffee_machine_service_ok.ts": [],
    "aj_ok_coworking/community_event_rsvp_ok.ts": [],
    "aj_ok_coworking/desk_booking_rollover_ok.py": [],
    "aj_ok_coworking/event_space_hold_ok.py": [],
    "aj_ok_coworking/guest_wifi_report_ok.ts": [],
    "aj_ok_coworking/locker_reassignment_ok.ts": [],
    "aj_ok_coworking/meeting_room_noshow_ok.ts": [],
    "aj_ok_coworking/member_invoice_run_ok.py": [],
    "aj_ok_coworking/printer_quota_reset.ts": [
        (
            22,
            "WAC902",
            "warning",
            (
                "Windmill reads `Record<string, string>` as a resource of type `record`, "
                "not an object; write `object` or an object type with named properties "
                "(`{ retries: number }`)"
            ),
        ),
    ],
    "aj_ok_coworking/wifi_voucher_batch_ok.py": [],
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
        str(p.relative_to(ROOT)) for p in ROOT.glob("aj_ok_*/*") if p.suffix in (".py", ".ts")
    }
    assert on_disk == set(EXPECTED)
