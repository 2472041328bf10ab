# SDK: step() round-trips through JSON; str, list and dict results (and the same values rebuilt in the body) are unchanged by it
import ipaddress
from decimal import Decimal
from functools import partial

from wmill import step, task, workflow


@task()
async def fetch_rate_card(region: str) -> dict:
    return {"region": region, "per_gb": "0.0875", "egress_cidr": "10.42.0.0/16", "tiers": ["std", "ia", "glacier"]}


@task()
async def bill_customer(customer_id: str, amount: str) -> dict:
    return {"customer_id": customer_id, "amount": amount}


@workflow
async def main(customer_id: str, region: str, gb: int, source_ip: str):
    card = await fetch_rate_card(region=region)
    tiers = await step("tiers", partial(sorted, set(card["tiers"])))
    net = await step("egress_net", lambda: str(ipaddress.ip_network(card["egress_cidr"])))
    if ipaddress.ip_address(source_ip) in ipaddress.ip_network(net):
        return {"billed": False, "reason": "internal"}
    per_gb = Decimal(card["per_gb"])
    amount = per_gb * gb if "std" in tiers else Decimal(0)
    return await bill_customer(customer_id=customer_id, amount=str(amount))
