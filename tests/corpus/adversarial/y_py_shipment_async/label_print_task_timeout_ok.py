# SDK: wmill 1.850.0 client.py: @task(timeout=...) is sent with the dispatch (_next_step info["timeout"]); a failed task raises TaskError (_task_error_from_marker), which except TaskError catches in every round
from wmill import TaskError, task, workflow


@task(timeout=45)
async def render_label(shipment_id: str, carrier: str) -> dict:
    import httpx

    return httpx.post("https://labels.internal/render", json={"shipment": shipment_id, "carrier": carrier}, timeout=40).json()


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
        label = await render_label(shipment_id, carrier)
    except TaskError as e:
        print(f"label render failed: {e.result}")
        label = await fallback_label(shipment_id)
    await attach_label(shipment_id, label["url"])
    return {"shipment": shipment_id, "label": label["url"]}
