# SDK: wmill 1.850.0 client.py: uuid5 of the employee id is the same on every replay
import f.platform.http

from wmill import task, workflow

from f.platform.records import stable_request_id

BADGES = "https://badges.internal.example.com/v2"


@task()
async def print_badge(employee_id: str, request_id: str) -> dict:
    f.platform.http.post_json(f"{BADGES}/queue", {"id": employee_id, "request_id": request_id})
    return {"employee_id": employee_id, "request_id": request_id}


@workflow
async def main(employee_id: str, site: str = "lisbon"):
    request_id = stable_request_id("badge", employee_id)
    url = f.platform.http.build_url(BADGES, "sites", site)
    badge = await print_badge(employee_id=employee_id, request_id=request_id)
    return {"badge": badge, "site_url": url}
