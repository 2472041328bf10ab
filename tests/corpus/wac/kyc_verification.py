# KYC for a new business customer: run the three checks in parallel; if any of
# them is inconclusive a compliance officer decides.
import asyncio

from wmill import task, workflow, wait_for_approval
import requests


@task(timeout=300)
async def check_sanctions(company_name: str, country: str) -> dict:
    return requests.post("https://screening.example/api/sanctions", json={"name": company_name, "country": country}, timeout=120).json()


@task(timeout=300)
async def check_registry(registration_number: str, country: str) -> dict:
    return requests.get(f"https://registry.example/api/{country}/{registration_number}", timeout=120).json()


@task(timeout=300)
async def check_ubo(registration_number: str) -> dict:
    return requests.get(f"https://ubo.example/api/owners/{registration_number}", timeout=120).json()


@task()
async def set_kyc_status(customer_id: str, status: str, details: dict):
    requests.put(f"https://backoffice.example/api/customers/{customer_id}/kyc", json={"status": status, "details": details}, timeout=30)


@workflow
async def main(customer_id: str, company_name: str, registration_number: str, country: str):
    sanctions, registry, ubo = await asyncio.gather(
        check_sanctions(company_name, country),
        check_registry(registration_number, country),
        check_ubo(registration_number),
    )
    results = {"sanctions": sanctions, "registry": registry, "ubo": ubo}
    if sanctions["hit"]:
        await set_kyc_status(customer_id, "rejected", results)
        return {"status": "rejected"}
    if all(r["status"] == "clear" for r in (registry, ubo)):
        await set_kyc_status(customer_id, "approved", results)
        return {"status": "approved"}
    decision = await wait_for_approval(timeout=5 * 86400)
    status = "approved" if decision["approved"] else "rejected"
    await set_kyc_status(customer_id, status, {**results, "reviewer": decision["approver"]})
    return {"status": status, "reviewer": decision["approver"]}
