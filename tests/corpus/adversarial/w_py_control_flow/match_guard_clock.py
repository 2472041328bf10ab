# SDK: wmill 1.850.0 client.py — workflow() only marks the function; every round re-runs the body, so a case guard reading datetime.now() can pick a different arm on replay
from datetime import datetime, timezone

from wmill import task, workflow


@task()
async def send_promo(customer_id: str, template: str) -> str:
    import httpx

    r = httpx.post("https://mail.example.com/v1/send", json={"to": customer_id, "template": template})
    return r.json()["message_id"]


@task()
async def queue_for_monday(customer_id: str) -> str:
    return f"queued:{customer_id}"


@workflow
async def main(customer_id: str, segment: str):
    match segment:
        case "vip":
            return await send_promo(customer_id, "vip_early_access")
        case "standard" if datetime.now(timezone.utc).weekday() < 5:  # expect: WAC102
            return await send_promo(customer_id, "weekday_offer")
        case "standard":
            return await queue_for_monday(customer_id)
        case _:
            return None
