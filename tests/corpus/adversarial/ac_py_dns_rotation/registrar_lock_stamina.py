# SDK: wmill 1.850.0 replays the body after every suspension; a stamina-retried helper that POSTs, called in the body, locks the domain again each round
import httpx
import stamina
from wmill import task, wait_for_approval, workflow

REGISTRAR = "https://api.registrar.example/v2"


@stamina.retry(on=httpx.HTTPError, attempts=3)
def set_transfer_lock(domain: str, locked: bool) -> dict:
    r = httpx.post(f"{REGISTRAR}/domains/{domain}/lock", json={"locked": locked}, timeout=15)
    r.raise_for_status()
    return r.json()


@task()
async def update_nameservers(domain: str, nameservers: list[str]) -> dict:
    r = httpx.put(f"{REGISTRAR}/domains/{domain}/nameservers", json={"nameservers": nameservers})
    r.raise_for_status()
    return r.json()


@task()
async def verify_delegation(domain: str, nameservers: list[str]) -> bool:
    r = httpx.get("https://probe.netops.example/delegation", params={"domain": domain})
    return sorted(r.json()["ns"]) == sorted(nameservers)


@workflow
async def main(domain: str, nameservers: list[str]):
    await wait_for_approval(timeout=86400, key="ns_change")
    set_transfer_lock(domain, False)  # expect: WAC101
    await update_nameservers(domain=domain, nameservers=nameservers)
    ok = await verify_delegation(domain=domain, nameservers=nameservers)
    return {"domain": domain, "delegated": ok}
