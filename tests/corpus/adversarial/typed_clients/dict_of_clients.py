# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the values of the annotated dict are `httpx.Client`s, so `CLIENTS[region].get(...)` is a request each round, while `.base_url` is only an attribute.
import httpx
from wmill import task, workflow

CLIENTS: dict[str, httpx.Client] = {
    "eu": httpx.Client(base_url="https://eu.api.example"),
    "us": httpx.Client(base_url="https://us.api.example"),
}


@task()
async def replicate(region: str, dataset: str) -> int:
    return 3


@workflow
async def main(region: str, dataset: str):
    origin = str(CLIENTS[region].base_url)
    quota = CLIENTS[region].get("/quota").json()  # expect: WAC101
    copies = await replicate(region, dataset)
    return {"origin": origin, "copies": copies, "quota": quota}
