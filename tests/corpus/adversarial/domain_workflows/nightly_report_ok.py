# SDK: wmill 1.850.0 client.py: task(retry={"attempts", "delay", "multiplier", "max_delay"}) is read by _checked_retry; the report day defaults through a step, and task_script children get JSON-safe inputs.
from datetime import date, timedelta

from wmill import TaskError, step, task, task_script, workflow

render_pdf = task_script("./render_report.py", timeout=600)


@task(retry={"attempts": 4, "delay": 30, "multiplier": 2, "max_delay": 600})
async def query_metrics(warehouse: dict, day: str) -> dict:
    return {"orders": 10, "revenue": 1000}


@task(retry={"attempts": 2, "delay": 60})
async def email_report(to: list, subject: str, pdf_url: str) -> bool:
    return True


@task()
async def post_alert(channel: str, text: str) -> bool:
    return True


@workflow
async def main(warehouse: dict, recipients: list[str], day: str = "", alert_channel: str = "#data"):
    if not day:
        day = await step("report_day", lambda: (date.today() - timedelta(days=1)).isoformat())
    try:
        metrics = await query_metrics(warehouse, day)
    except TaskError as e:
        await post_alert(alert_channel, f"nightly report for {day} failed: {e}")
        raise
    previous = date.fromisoformat(day) - timedelta(days=7)
    baseline = await query_metrics(warehouse, previous.isoformat())
    change = (metrics["revenue"] - baseline["revenue"]) / max(baseline["revenue"], 1)
    pdf = await render_pdf(day=day, metrics=metrics, change=round(change, 4))
    await email_report(recipients, f"Daily report {day}", pdf["url"])
    return {"day": day, "change": change}
