# SDK: wmill 1.850.0 _alloc_key(name) keys a step by its name; a name built per tenant with a 3.12 nested-quote f-string is not a literal (stable per input, but against the guide)
from wmill import step, task, workflow


@task()
async def tenant_usage(tenant: dict) -> dict:
    import requests

    resp = requests.get(f"https://metering.internal/api/tenants/{tenant['id']}/usage", timeout=20)
    return resp.json()


@task()
async def invoice(tenant: dict, usage: dict) -> str:
    import stripe

    inv = stripe.Invoice.create(customer=tenant["stripe_customer"], metadata={"units": usage["units"]})
    return inv["id"]


@workflow
async def main(tenants: list[dict]):
    out = []
    for tenant in tenants:
        usage = await tenant_usage(tenant)
        adjusted = await step(f"adjust_{tenant["id"]}", lambda: {**usage, "units": max(0, usage["units"] - tenant.get("free_units", 0))})  # expect: WAC103, WAC903
        out.append(await invoice(tenant, adjusted))
    return {"invoices": out}
