# SDK: wmill 1.850.0 client.py: the body reruns in a new process each round; a default argument is evaluated when the module loads
import f.platform.http

from wmill import task, workflow

from f.platform.records import new_request_id

BADGES = "https://badges.internal.example.com/v2"


@task()
async def print_badge(employee_id: str, request_id: str) -> dict:
    return {"employee_id": employee_id, "request_id": request_id}


@workflow
async def main(employee_id: str, site: str = "lisbon"):
    request_id = new_request_id("badge")  # expect: WAC102
    f.platform.http.post_json(f"{BADGES}/queue", {"site": site, "id": employee_id})  # expect: WAC101
    return await print_badge(employee_id=employee_id, request_id=request_id)
