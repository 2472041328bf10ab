# SDK: wmill 1.850.0 get_variable() is an API call; f/common/secrets.erp_token wraps it
import f.common.http as http
from wmill import step, task, workflow

from f.common.secrets import erp_token, mask


@task()
async def collect_shipments(day: str) -> list:
    return http.get_json(f"https://shop.internal/api/shipments?day={day}")["items"]


@workflow
async def main(day: str, erp_url: str):
    shipments = await collect_shipments(day)
    token = erp_token()  # expect: WAC101
    body = http.encode({"day": day, "shipments": shipments})
    http.post_json(erp_url, {"raw": body}, token)  # expect: WAC101
    return {"count": len(shipments), "token": mask(token)}
