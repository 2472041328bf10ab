# SDK: wmill 1.850.0 each task runs in its own child job (_execute_directly): a module-level httpx client filled lazily through `global` and a module dict memo filled by the task are that job's own cache, which the workflow body never reads
import os

import httpx
from wmill import task, workflow

REGISTRY = "https://registry.port.example/api"

_client: httpx.AsyncClient | None = None
_particulars: dict[str, dict] = {}
_flag_states: set[str] = set()


def registry() -> httpx.AsyncClient:
    """One client per job, built on first use."""
    global _client
    if _client is None:
        _client = httpx.AsyncClient(base_url=REGISTRY, headers={"x-key": os.environ["REGISTRY_KEY"]}, timeout=20)
    return _client


async def particulars(imo: str) -> dict:
    if imo not in _particulars:
        r = await registry().get(f"/vessels/{imo}")
        r.raise_for_status()
        _particulars[imo] = r.json()
    return _particulars[imo]


@task(timeout=300)
async def screen_vessels(imos: list[str], banned_flags: list[str]) -> list[dict]:
    out = []
    for imo in imos:
        p = await particulars(imo)
        _flag_states.add(p["flag"])
        out.append({"imo": imo, "flag": p["flag"], "gt": p["gross_tonnage"], "banned": p["flag"] in banned_flags})
    return out


@task()
async def dues_quote(imo: str, gross_tonnage: int) -> dict:
    p = await particulars(imo)
    r = await registry().post("/dues/quote", json={"imo": imo, "gt": gross_tonnage, "type": p["type"]})
    return r.json()


@workflow
async def main(imos: list[str], banned_flags: list[str] = []):
    screened = await screen_vessels(sorted(set(imos)), banned_flags)
    quotes = {}
    for v in screened:
        if not v["banned"]:
            quotes[v["imo"]] = await dues_quote(v["imo"], v["gt"])
    return {"quotes": quotes, "refused": [v["imo"] for v in screened if v["banned"]]}
