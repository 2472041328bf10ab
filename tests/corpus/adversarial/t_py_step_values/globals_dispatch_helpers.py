# SDK: only @task wrappers dispatch through the workflow ctx; the sync_* functions looked up in globals() are plain coroutines, so awaiting one from the body calls the CRM on every replay
import httpx
from wmill import task, workflow


async def sync_salesforce(account: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://example.my.salesforce.com") as http:
        resp = await http.patch(f"/services/data/v60.0/sobjects/Account/{account['sf_id']}", json={"Tier__c": account["tier"]})
        return {"system": "salesforce", "status": resp.status_code}


async def sync_hubspot(account: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://api.hubapi.com") as http:
        resp = await http.patch(f"/crm/v3/objects/companies/{account['hs_id']}", json={"properties": {"tier": account["tier"]}})
        return {"system": "hubspot", "status": resp.status_code}


@task()
async def compute_tier(account_id: str) -> dict:
    return {"account_id": account_id, "tier": "gold", "sf_id": "001XX", "hs_id": "9876"}


@workflow
async def main(account_id: str, systems: list[str] = ["salesforce", "hubspot"]):
    account = await compute_tier(account_id=account_id)
    results = []
    for system in systems:
        syncer = globals()[f"sync_{system}"]
        results.append(await syncer(account))  # expect: WAC101
    return results
