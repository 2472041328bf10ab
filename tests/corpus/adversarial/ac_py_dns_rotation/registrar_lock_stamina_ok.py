# SDK: wmill 1.850.0 a task body runs once in its child job; the stamina retry sits inside the tasks
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
async def unlock(domain: str) -> dict:
    return set_transfer_lock(domain, False)


@task()
async def relock(domain: str) -> dict:
    return set_transfer_lock(domain, True)


@task()
async def update_nameservers(domain: str, nameservers: list[str]) -> dict:
    r = httpx.put(f"{REGISTRAR}/domains/{domain}/nameservers", json={"nameservers": nameservers})
    r.raise_for_status()
    return r.json()


@workflow
async def main(domain: str, nameservers: list[str]):
    await wait_for_approval(timeout=86400, key="ns_change")
    await unlock(domain=domain)
    await update_nameservers(domain=domain, nameservers=nameservers)
    await relock(domain=domain)
    return {"domain": domain, "nameservers": nameservers}
