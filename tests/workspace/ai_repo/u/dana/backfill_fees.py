"""One-off: re-close the settlement days of a month after the fee table fix (INC-2291)."""

import wmill

DAILY_CLOSE = "f/settlement/daily_close"


def main(month: str, settlement_account: str, days: list[str], dry_run: bool = True):
    report = wmill.run_script_by_path(
        "f/ops/fee_report", args={"period": month, "merchant_ids": [], "include_refunds": True}
    )
    jobs = []
    for day in days:
        if dry_run:
            print(f"would close {day} for {settlement_account}")
            continue
        jobs.append(
            wmill.run_script_by_path_async(
                DAILY_CLOSE, args={"business_date": day, "settlement_account": settlement_account}  # expect: WAC401
            )
        )
    return {"report": report, "jobs": jobs}
