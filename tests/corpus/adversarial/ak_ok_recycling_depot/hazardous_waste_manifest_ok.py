# SDK: wmill 1.850.0: match over an input picks which task runs (deterministic); an approval with a form and a literal key; get_approval_urls in a step
from typing import Literal

from wmill import get_approval_urls, step, task, wait_for_approval, workflow

HAZ_CLASSES = {
    "batteries": "UN3480",
    "paint": "UN1263",
    "fluorescent_tubes": "UN3506",
    "gas_cylinders": "UN1950",
}

INSPECTION_FORM = {
    "type": "object",
    "properties": {
        "container_sealed": {"type": "boolean"},
        "label_visible": {"type": "boolean"},
        "remarks": {"type": "string"},
    },
    "required": ["container_sealed", "label_visible"],
}


@task()
async def notify_inspector(page: str, manifest: dict) -> None:
    import requests

    requests.post("https://chat.example-depot.org/hooks/hazmat", json={"text": f"{manifest}\n{page}"}, timeout=10)


@task()
async def file_with_agency(manifest: dict, inspection: dict) -> dict:
    import requests

    r = requests.post("https://waste-tracking.example.gov/api/manifests", json={**manifest, "inspection": inspection}, timeout=60)
    r.raise_for_status()
    return r.json()


@task()
async def book_carrier(carrier: str, un_number: str, kg: int) -> str:
    import requests

    r = requests.post(f"https://{carrier}/api/collections", json={"un": un_number, "kg": kg}, timeout=30)
    r.raise_for_status()
    return r.json()["collection_id"]


def carrier_for(un_number: str) -> str:
    match un_number:
        case "UN3480" | "UN3506":
            return "ewaste.example-carrier.com"
        case "UN1950":
            return "cylinders.example-carrier.com"
        case _:
            return "chem.example-carrier.com"


@workflow
async def main(
    stream: Literal["batteries", "paint", "fluorescent_tubes", "gas_cylinders"],
    kg: int,
    container_id: str,
    site: str = "north_yard",
):
    if (un := HAZ_CLASSES.get(stream)) is None:
        raise ValueError(f"unknown stream {stream}")
    manifest = {"container": container_id, "un": un, "kg": kg, "site": site}

    urls = await step("inspection_urls", lambda: get_approval_urls("inspection"))
    await notify_inspector(urls["approvalPage"], manifest)
    inspection = await wait_for_approval(key="inspection", timeout=2 * 86400, form=INSPECTION_FORM)
    if not inspection["approved"] or not inspection["value"].get("container_sealed"):
        return {"status": "held", "by": inspection["approver"]}

    filed = await file_with_agency(manifest, inspection["value"])
    collection = await book_carrier(carrier_for(un), un, kg)
    return {"status": "booked", "filing": filed, "collection": collection}
