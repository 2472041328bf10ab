# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `client_for` hands back an `httpx.Client` (its return annotation), and its `post` sends a request each round.
import httpx
from wmill import task, workflow

BASES = {"billing": "https://billing.internal", "crm": "https://crm.internal"}
_CLIENTS: dict[str, httpx.Client] = {}


def client_for(name: str) -> httpx.Client:
    if name not in _CLIENTS:
        _CLIENTS[name] = httpx.Client(base_url=BASES[name], timeout=10)
    return _CLIENTS[name]


@task()
async def compute_invoice(account: str) -> dict:
    return {"account": account, "total": 420}


@workflow
async def main(account: str):
    invoice = await compute_invoice(account)
    client_for("billing").post("/invoices", json=invoice)  # expect: WAC101
    return invoice
