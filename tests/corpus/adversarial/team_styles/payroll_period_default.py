# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a period defaulted from the clock in the body can move to the next month between the export and the upload.
import logging
from datetime import datetime
from typing import Optional

from wmill import task, workflow

log = logging.getLogger("payroll")

COUNTRIES = ["DE", "FR", "NL"]


@task(timeout=900, tag="payroll")
async def export_payroll(country: str, period: str) -> dict:
    return {"country": country, "period": period, "rows": 10}


@task(timeout=300)
async def upload_to_bank(exports: list[dict], period: str, sftp_host: str) -> str:
    return "batch_1"


@workflow
async def main(period: Optional[str] = None, countries: list[str] = COUNTRIES, sftp_host: str = "sftp.bank.example", dry_run: bool = True):
    period = period or datetime.utcnow().strftime("%Y-%m")  # expect: WAC102
    log.info("payroll export for %s (%s)", period, ",".join(countries))
    exports = [await export_payroll(c, period) for c in countries]
    if dry_run:
        return {"period": period, "exports": exports}
    batch = await upload_to_bank(exports, period, sftp_host)
    return {"period": period, "batch": batch}
