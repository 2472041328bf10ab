# SDK: wmill 1.850.0 client.py: a task runs once in its own job; the client the factory builds is used only there, and the body only awaits the task.
import httpx
from wmill import task, workflow


def client_for(base_url: str) -> httpx.Client:
    return httpx.Client(base_url=base_url, timeout=10)


@task()
async def push_invoice(account: str, total: int) -> int:
    with client_for("https://billing.internal") as http:
        return http.post("/invoices", json={"account": account, "total": total}).status_code


@workflow
async def main(account: str, total: int):
    status = await push_invoice(account, total)
    return {"status": status}
