# SDK: wmill 1.850.0 TaskError (client.py, star-exported by wmill/__init__.py) imported under another name and reached as wmill.TaskError: the same class the SDK raises for a failed task, so both handlers run
import httpx
import wmill
from wmill import TaskError as WorkflowTaskError
from wmill import task, workflow


@task(timeout=120)
async def refund(order: str, reason: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://boxoffice.theatre.example/orders/{order}/refund", json={"reason": reason})
        r.raise_for_status()
        return r.json()


@task()
async def offer_exchange(order: str, performance: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"https://boxoffice.theatre.example/orders/{order}/exchange", json={"to": performance})
        r.raise_for_status()
        return r.json()["voucher"]


@task()
async def email_patron(order: str, text: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://mail.theatre.example/send", json={"order": order, "text": text})


@workflow
async def main(performance: str, orders: list[str], next_performance: str | None = None):
    refunded: list[str] = []
    vouchers: dict[str, str] = {}
    failed: dict[str, str] = {}
    for order in orders:
        if next_performance:
            try:
                vouchers[order] = await offer_exchange(order, next_performance)
                await email_patron(order, f"Your tickets moved to {next_performance}: voucher {vouchers[order]}")
                continue
            except WorkflowTaskError as e:
                failed[order] = f"exchange: {e.step_key}"
        try:
            await refund(order, f"matinee {performance} cancelled")
            refunded.append(order)
        except wmill.TaskError as e:
            failed[order] = (e.result or {}).get("error", {}).get("message", "refund failed")
    return {"performance": performance, "refunded": refunded, "vouchers": vouchers, "failed": failed}
