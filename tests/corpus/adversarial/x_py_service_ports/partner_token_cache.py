# SDK: wmill 1.850.0 a task runs in its own child job (_execute_directly), so what it writes into a module dict stays in that job; the workflow's process never sees it
"""Partner sync ported from the API server: tokens are cached in a module dict, as they were per process there."""
import logging

from wmill import task, workflow

log = logging.getLogger("partners.sync")

_TOKENS: dict[str, str] = {}


@task(timeout=60)
async def login(partner: str, client_id: str) -> bool:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(f"https://{partner}.example.com/oauth/token", data={"client_id": client_id, "grant_type": "client_credentials"})
    _TOKENS[partner] = resp.json()["access_token"]  # expect: WAC104
    return resp.status_code == 200


@task(timeout=600)
async def push_catalog(partner: str, token: str | None, skus: list[str]) -> int:
    import httpx

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with httpx.AsyncClient(headers=headers) as client:
        resp = await client.put(f"https://{partner}.example.com/catalog", json={"skus": skus})
    return resp.json()["accepted"]


@workflow
async def main(partners: list[str], client_id: str, skus: list[str]):
    accepted = {}
    for partner in partners:
        if partner not in _TOKENS:
            await login(partner, client_id)
        accepted[partner] = await push_catalog(partner, _TOKENS.get(partner), skus)
    log.info("catalog pushed to %d partners", len(accepted))
    return accepted
