# SDK: wmill 1.850.0 workflow(); f/common/api re-exports http.post_json as send_json and clock.utc_stamp
from wmill import task, workflow

from f.common.api import build_headers, send_json, stable_id, utc_stamp


@task()
async def collect_delays(warehouse: str) -> list:
    return [{"order": "A-1", "hours": 6}, {"order": "A-2", "hours": 30}]


@workflow
async def main(warehouse: str, webhook_url: str, token: str = ""):
    delays = await collect_delays(warehouse)
    late = [d for d in delays if d["hours"] > 24]
    if not late:
        return {"sent": False}
    report_id = stable_id(warehouse, *[d["order"] for d in late])
    send_json(  # expect: WAC101
        webhook_url,
        {"id": report_id, "late": late, "at": utc_stamp()},  # expect: WAC102
        token,
    )
    return {"sent": True, "id": report_id, "headers": sorted(build_headers(token))}
