# SDK: step() hands back json.loads(json.dumps(result, default=str)): a Decimal, a frozenset and an IPv4Network come back as their str(), so the body's arithmetic and membership tests see strings
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
    per_gb = await step("per_gb", partial(Decimal, card["per_gb"]))  # expect: WAC107
    tiers = await step("tiers", partial(frozenset, card["tiers"]))  # expect: WAC107
    internal = await step("egress_net", partial(ipaddress.ip_network, card["egress_cidr"]))  # expect: WAC107
    if ipaddress.ip_address(source_ip) in internal:
        return {"billed": False, "reason": "internal"}
    amount = per_gb * gb if "std" in tiers else Decimal(0)
    return await bill_customer(customer_id=customer_id, amount=str(amount))
