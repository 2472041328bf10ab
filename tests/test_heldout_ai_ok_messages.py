"""Red team AI (aio): the correct-script corpus `tests/corpus/adversarial/ai_ok_*`
(orchestra operations, a dairy cooperative, a tattoo studio, rail freight; plain scripts
and workflows in unusual valid styles, Python and Bun TypeScript), every finding pinned
with its line, severity and exact message; the scripts named `_ok` have none."""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

ROOT = Path(__file__).parent / "corpus" / "adversarial"

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    "ai_ok_dairy_coop/butter_price_watch_ok.ts": [],
    "ai_ok_dairy_coop/cheese_batch_ageing_ok.py": [],
    "ai_ok_dairy_coop/collection_route_plan_ok.ts": [],
    "ai_ok_dairy_coop/farmer_payout_run_ok.py": [],
    "ai_ok_dairy_coop/feed_order_workflow_ok.ts": [],
    "ai_ok_dairy_coop/herd_health_followup_ok.ts": [],
    "ai_ok_dairy_coop/member_vote_ok.py": [],
    "ai_ok_dairy_coop/milk_quality_alerts_ok.py": [],
    "ai_ok_dairy_coop/quota_report_ok.py": [],
    "ai_ok_dairy_coop/tanker_telemetry_ingest_ok.ts": [],
    "ai_ok_orchestra_ops/audition_panel_ok.ts": [],
    "ai_ok_orchestra_ops/broadcast_rights_ok.py": [],
    "ai_ok_orchestra_ops/guest_soloist_contract.ts": [
        (
            38,
            "WAC103",
            "warning",
            (
                "The approval key `role` is computed at run time: it is stable "
                "across replays (nothing in it reads the clock, randomness or the "
                "environment), but the guide asks for constant names; it also names "
                "the approval whose URLs the workflow asks for, so keep it only "
                "where each value is asked once (the SDK raises on a repeated key, "
                "from a list holding a value twice), or write one literal key per "
                "approval"
            ),
        ),
    ],
    "ai_ok_orchestra_ops/instrument_insurance_claim_ok.ts": [],
    "ai_ok_orchestra_ops/musician_payroll_export_ok.py": [],
    "ai_ok_orchestra_ops/rehearsal_room_booking_ok.ts": [],
    "ai_ok_orchestra_ops/season_brochure_render_ok.py": [],
    "ai_ok_orchestra_ops/sheet_music_library_sync_ok.ts": [],
    "ai_ok_orchestra_ops/subscriber_renewals.py": [
        (
            39,
            "WAC102",
            "error",
            (
                "`datetime.fromtimestamp` converts with the worker's local time zone "
                "(`TZ`), which may differ between the workers running the rounds, so "
                "the value differs between replays of the workflow body; give it a "
                "zone (`datetime.fromtimestamp(ts, timezone.utc)`, "
                "`calendar.timegm`, `time.gmtime(ts)`) or capture it with `step(...)`"
            ),
        ),
    ],
    "ai_ok_orchestra_ops/ticket_sales_digest_ok.py": [],
    "ai_ok_orchestra_ops/tour_visa_workflow_ok.py": [],
    "ai_ok_rail_freight/axle_counter_faults_ok.py": [],
    "ai_ok_rail_freight/border_customs_prealert_ok.py": [],
    "ai_ok_rail_freight/crew_roster_publish_ok.py": [],
    "ai_ok_rail_freight/demurrage_invoices_ok.ts": [],
    "ai_ok_rail_freight/derailment_incident.py": [
        (
            43,
            "WAC902",
            "warning",
            (
                "Windmill does not look up the alias `Severity`: it reads it as a "
                "resource of type `Severity` (a resource picker); write the type "
                'itself (`Literal["minor", "major", "critical"]`)'
            ),
        ),
    ],
    "ai_ok_rail_freight/hazmat_manifest_check_ok.ts": [],
    "ai_ok_rail_freight/loco_fuel_dashboard_ok.ts": [],
    "ai_ok_rail_freight/slot_auction_ok.ts": [],
    "ai_ok_rail_freight/track_possession_request_ok.py": [],
    "ai_ok_rail_freight/wagon_maintenance_due_ok.ts": [],
    "ai_ok_rail_freight/wagon_position_sync_ok.py": [],
    "ai_ok_tattoo_studio/aftercare_sequence_ok.ts": [],
    "ai_ok_tattoo_studio/artist_commission_statement_ok.ts": [],
    "ai_ok_tattoo_studio/booking_request_flow_ok.py": [],
    "ai_ok_tattoo_studio/consent_form_archive_ok.py": [],
    "ai_ok_tattoo_studio/deposit_reminders_ok.ts": [],
    "ai_ok_tattoo_studio/flash_sheet_drop_ok.py": [],
    "ai_ok_tattoo_studio/no_show_policy_ok.ts": [],
    "ai_ok_tattoo_studio/portfolio_thumbnails_ok.ts": [],
    "ai_ok_tattoo_studio/supply_restock_ok.py": [],
    "ai_ok_tattoo_studio/walk_in_queue_ok.py": [],
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
        str(p.relative_to(ROOT)) for p in ROOT.glob("ai_ok_*/*") if p.suffix in (".py", ".ts")
    }
    assert on_disk == set(EXPECTED)
