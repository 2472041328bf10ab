# SDK: wmill 1.850.0 client.py _next_step itself prints "--- WAC: key ---" on each round; logging and print in the body only repeat log lines, which the guide does not count as side effects.
import logging

from wmill import task, workflow

log = logging.getLogger("billing")
logging.basicConfig(level=logging.INFO)


@task()
async def invoice(customer: str) -> dict:
    return {"customer": customer, "total": 10}


@workflow
async def main(customers: list[str]):
    totals = {}
    for customer in customers:
        log.info("invoicing %s", customer)
        result = await invoice(customer)
        print(f"{customer}: {result['total']}")
        totals[customer] = result["total"]
    log.warning("done: %d customers", len(totals))
    return totals
