# SDK: wmill 1.850.0 client.py: task results are checkpointed; time.gmtime(ts) and datetime.fromtimestamp(ts, timezone.utc) of an input are pure; time.perf_counter only reaching print is a log line
import time
from datetime import datetime, timezone

from wmill import task, task_script, wait_for_approval, workflow

run_payroll = task_script("f/payroll/run_batch", timeout=1800)


@task()
async def collect_timesheets(period: str) -> dict:
    import httpx

    return httpx.get(f"https://timesheets.internal/api/periods/{period}", timeout=60).json()


@task()
async def batch_stamp() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%d")


@task()
async def notify_finance(period: str, summary: str) -> None:
    import httpx

    httpx.post("https://hooks.slack.com/services/T000/B000/XXX", json={"text": f"{period}: {summary}"}, timeout=10)


@workflow
async def main(period: str, cutoff_ts: int):
    t0 = time.perf_counter()
    sheets = await collect_timesheets(period)
    cutoff = datetime.fromtimestamp(cutoff_ts, timezone.utc)
    late = [s for s in sheets["entries"] if s["submitted_ts"] > cutoff_ts]
    if late:
        await notify_finance(period, f"{len(late)} sheets after {cutoff.isoformat()}")
        approval = await wait_for_approval(timeout=2 * 24 * 3600)
        if not approval["approved"]:
            return {"period": period, "status": "held"}

    if time.gmtime(cutoff_ts).tm_wday >= 5:
        await notify_finance(period, "cutoff fell on a weekend (UTC)")

    stamp = await batch_stamp()
    batch = await run_payroll(period=period, generated=stamp)
    print(f"payroll round took {time.perf_counter() - t0:.2f}s")
    return {"period": period, "batch": batch}
