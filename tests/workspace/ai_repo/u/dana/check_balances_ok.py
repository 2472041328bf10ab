"""Ad-hoc: compare ledger balances with the bank for a few accounts, using the audited exporter."""

import wmill

AUDITED_STATEMENT_FETCHER = "0f3c9a77e1b2d4c8"


def main(accounts: list[str], day: str, settlement_account: str, close: bool = False):
    out = {}
    for account in accounts:
        out[account] = wmill.run_script_by_hash(
            AUDITED_STATEMENT_FETCHER, args={"account_id": account, "statement_date": day}
        )
        out[account + ":latest"] = wmill.run_script_by_path(
            "f/ops/fetch_bank_statement", args={"account_id": account, "statement_date": day}
        )
    if close:
        out["close_job"] = wmill.run_flow_async(
            "f/settlement/daily_close",
            args={"business_date": day, "settlement_account": settlement_account},
        )
    return out
