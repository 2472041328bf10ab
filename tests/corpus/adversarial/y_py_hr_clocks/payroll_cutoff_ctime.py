# SDK: wmill 1.850.0 client.py: the body re-runs on each round; time.ctime(ts) and time.localtime(ts) format with the worker's local time zone, datetime.today() reads the clock
import time
from datetime import datetime

from wmill import task, task_script, wait_for_approval, workflow

run_payroll = task_script("f/payroll/run_batch", timeout=1800)


@task()
async def collect_timesheets(period: str) -> dict:
    import httpx

    return httpx.get(f"https://timesheets.internal/api/periods/{period}", timeout=60).json()


@task()
async def notify_finance(period: str, summary: str) -> None:
    import httpx

    httpx.post("https://hooks.slack.com/services/T000/B000/XXX", json={"text": f"{period}: {summary}"}, timeout=10)


@workflow
async def main(period: str, cutoff_ts: int):
    sheets = await collect_timesheets(period)
    cutoff_label = time.ctime(cutoff_ts)  # expect: WAC102
    late = [s for s in sheets["entries"] if s["submitted_ts"] > cutoff_ts]
    if late:
        await notify_finance(period, f"{len(late)} sheets after {cutoff_label}")
        approval = await wait_for_approval(timeout=2 * 24 * 3600)
        if not approval["approved"]:
            return {"period": period, "status": "held"}

    if time.localtime(cutoff_ts).tm_wday >= 5:  # expect: WAC102
        await notify_finance(period, "cutoff fell on a weekend")

    batch = await run_payroll(period=period, generated=datetime.today().strftime("%Y%m%d"))  # expect: WAC102
    return {"period": period, "batch": batch}
