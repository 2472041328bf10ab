# SDK: wmill 1.850.0 step(): the variable is read once and checkpointed; the POST runs in a step
import f.common.http as http
from wmill import step, task, workflow

from f.common.secrets import erp_token, mask


@task()
async def collect_shipments(day: str) -> list:
    return http.get_json(f"https://shop.internal/api/shipments?day={day}")["items"]


@workflow
async def main(day: str, erp_url: str):
    shipments = await collect_shipments(day)
    token = await step("erp_token", erp_token)
    body = http.encode({"day": day, "shipments": shipments})
    await step("post_export", lambda: http.post_json(erp_url, {"raw": body}, token))
    return {"count": len(shipments), "token": mask(token)}
