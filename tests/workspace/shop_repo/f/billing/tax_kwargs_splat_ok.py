from wmill import task, task_script, workflow

compute_tax = task_script("f/billing/compute_tax")


@task()
async def build_payload(amount: float, country: str) -> dict:
    return {"amount": amount, "country": country}


@workflow
async def main(amount: float, country: str):
    payload = await build_payload(amount, country)
    return await compute_tax(**payload)
