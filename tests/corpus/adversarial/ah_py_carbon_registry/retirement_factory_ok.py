# SDK: wmill 1.850.0 the task returned by the factory is the @task wrapper; calling and awaiting it dispatches the step under the task's own name, in loop order
"""Credit retirement across registries, ported from a Temporal workflow (activity chosen per registry)."""

import logging
from typing import Awaitable, Callable

from wmill import task, workflow

log = logging.getLogger("registry.retire")


@task(timeout=300, tag="verra")
async def retire_verra(lot_id: str, beneficiary: str) -> dict:
    import requests

    r = requests.post("https://verra.example/api/retirements", json={"lot": lot_id, "beneficiary": beneficiary}, timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=300, tag="goldstandard")
async def retire_gold_standard(lot_id: str, beneficiary: str) -> dict:
    import requests

    r = requests.post("https://gs.example/retire", json={"credit_lot": lot_id, "on_behalf_of": beneficiary}, timeout=30)
    r.raise_for_status()
    return r.json()


@task()
async def load_lots(order_id: str) -> list[dict]:
    import requests

    return requests.get(f"https://ledger.example/orders/{order_id}/lots", timeout=30).json()


Retirer = Callable[[str, str], Awaitable[dict]]


def retirer_for(registry: str) -> Retirer:
    if registry == "verra":
        return retire_verra
    if registry == "gold_standard":
        return retire_gold_standard
    raise ValueError(f"unsupported registry {registry!r}")


@workflow
async def main(order_id: str, beneficiary: str):
    lots = await load_lots(order_id)
    receipts = []
    for lot in lots:
        log.info("retiring %s on %s", lot["id"], lot["registry"])
        receipt = await retirer_for(lot["registry"])(lot["id"], beneficiary)
        receipts.append({"lot": lot["id"], "certificate": receipt.get("certificate_url")})
    return {"order": order_id, "receipts": receipts}
