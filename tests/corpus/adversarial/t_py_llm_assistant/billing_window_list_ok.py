# SDK: step() round-trips its result through JSON: the (start, end) tuple comes back as a list, which unpacks the same way; isinstance(..., list) matches it
from datetime import date, timedelta

from wmill import step, task, workflow


def billing_window(anchor_day: int, today: date) -> tuple[str, str]:
    """Return (start, end) ISO dates of the current billing window."""
    start = today.replace(day=min(anchor_day, 28))
    if start > today:
        start = (start - timedelta(days=31)).replace(day=min(anchor_day, 28))
    end = (start + timedelta(days=32)).replace(day=start.day) - timedelta(days=1)
    return start.isoformat(), end.isoformat()


@task()
async def usage_between(account_id: str, start: str, end: str) -> dict:
    """Sum metered usage between two dates."""
    return {"account_id": account_id, "start": start, "end": end, "units": 4211}


@workflow
async def main(account_id: str, anchor_day: int = 1) -> dict:
    """Compute the usage for the account's current billing window."""
    window = await step("window", lambda: billing_window(anchor_day, date.today()))
    if isinstance(window, list) and len(window) == 2:
        start, end = window
    else:
        raise ValueError(f"unexpected window {window!r}")
    return await usage_between(account_id=account_id, start=start, end=end)
