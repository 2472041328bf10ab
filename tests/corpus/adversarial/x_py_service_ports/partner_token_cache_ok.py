# SDK: wmill 1.850.0 a task's return value is its checkpointed result; a module dict filled in the body from task results is refilled the same way every round
"""Partner sync ported from the API server: the token comes back as the login task's result."""
import logging

from wmill import task, workflow

log = logging.getLogger("partners.sync")

_TOKENS: dict[str, str] = {}


@task(timeout=60)
async def login(partner: str, client_id: str) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(f"https://{partner}.example.com/oauth/token", data={"client_id": client_id, "grant_type": "client_credentials"})
    cache: dict[str, str] = {}
    cache[partner] = resp.json()["access_token"]
    return cache[partner]


@task(timeout=600)
async def push_catalog(partner: str, token: str, skus: list[str]) -> int:
    import httpx

    async with httpx.AsyncClient(headers={"Authorization": f"Bearer {token}"}) as client:
        resp = await client.put(f"https://{partner}.example.com/catalog", json={"skus": skus})
    return resp.json()["accepted"]


@workflow
async def main(partners: list[str], client_id: str, skus: list[str]):
    accepted = {}
    for partner in partners:
        if partner not in _TOKENS:
            _TOKENS[partner] = await login(partner, client_id)
        accepted[partner] = await push_catalog(partner, _TOKENS[partner], skus)
    log.info("catalog pushed to %d partners", len(accepted))
    return accepted
