from f.shared.crm import CrmClient
from wmill import task, workflow

crm = CrmClient()


@task()
async def load_customer(customer_id: str) -> dict:
    return {"id": customer_id}


@workflow
async def main(customer_id: str):
    customer = await load_customer(customer_id)
    label = crm.describe(customer)
    crm.push(customer)  # expect: WAC101
    return label
