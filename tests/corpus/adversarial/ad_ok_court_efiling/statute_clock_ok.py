# SDK: wmill 1.850.0 datetime.strptime / datetime(..., tzinfo=timezone.utc) / ZoneInfo conversions of inputs are deterministic; time.perf_counter measured inside a task only
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import httpx
from wmill import task, workflow

COURT_TZ = ZoneInfo("America/New_York")
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def limitation_end(incident: str, years: int) -> datetime:
    start = datetime.strptime(incident, "%Y-%m-%d").replace(tzinfo=COURT_TZ)
    try:
        return start.replace(year=start.year + years)
    except ValueError:
        return (start + timedelta(days=1)).replace(year=start.year + years)


@task()
async def docket(case_no: str, ends_at: str) -> dict:
    began = time.perf_counter()
    async with httpx.AsyncClient() as c:
        r = await c.post("https://docket.lawfirm.example/limitations", json={"case": case_no, "ends": ends_at})
        r.raise_for_status()
    return {"id": r.json()["id"], "ms": round((time.perf_counter() - began) * 1000)}


@workflow
async def main(case_no: str, incident_date: str, years: int = 3):
    ends = limitation_end(incident_date, years)
    ends_utc = ends.astimezone(timezone.utc)
    days_since_epoch = (ends_utc - EPOCH).days
    entry = await docket(case_no, ends_utc.isoformat())
    return {"ends": ends.isoformat(), "epoch_day": days_since_epoch, "entry": entry["id"]}
