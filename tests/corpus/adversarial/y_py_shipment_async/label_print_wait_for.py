# SDK: wmill 1.850.0 client.py: a task call's coroutine suspends at once (_suspend) or resolves from the checkpoint (_resolved), so asyncio.wait_for's timeout never fires in the workflow's round; the TimeoutError handler is dead
import asyncio

from wmill import task, workflow


@task(timeout=120)
async def render_label(shipment_id: str, carrier: str) -> dict:
    import httpx

    return httpx.post("https://labels.internal/render", json={"shipment": shipment_id, "carrier": carrier}, timeout=90).json()


@task()
async def fallback_label(shipment_id: str) -> dict:
    return {"shipment": shipment_id, "format": "pdf", "url": f"https://labels.internal/manual/{shipment_id}"}


@task()
async def attach_label(shipment_id: str, url: str) -> None:
    import httpx

    httpx.put(f"https://wms.internal/shipments/{shipment_id}/label", json={"url": url}, timeout=30)


@workflow
async def main(shipment_id: str, carrier: str):
    try:
        label = await asyncio.wait_for(render_label(shipment_id, carrier), timeout=45)
    except asyncio.TimeoutError:  # expect: WAC204
        label = await fallback_label(shipment_id)
    await attach_label(shipment_id, label["url"])
    return {"shipment": shipment_id, "label": label["url"]}
