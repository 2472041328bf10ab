# SDK: wmill 1.850.0 sleep(seconds) sends max(1, int(seconds)) seconds: a value in milliseconds waits a thousand times longer
from wmill import sleep, task, workflow

RENDER_API = "https://render.example.com/v3"


@task()
async def submit_render(project: str, preset: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=RENDER_API, timeout=20) as client:
        resp = await client.post("/renders", json={"project": project, "preset": preset})
        resp.raise_for_status()
        return resp.json()


@task()
async def render_progress(render_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url=RENDER_API, timeout=20) as client:
        resp = await client.get(f"/renders/{render_id}")
        resp.raise_for_status()
        body = resp.json()
    # the API answers with its own suggested back-off, in milliseconds
    return {"done": body["status"] == "done", "url": body.get("url"), "retry_after_ms": body.get("retryAfterMs", 15000)}


@workflow
async def main(project: str, preset: str = "1080p"):
    job = await submit_render(project, preset)
    for _ in range(120):
        progress = await render_progress(job["id"])
        if progress["done"]:
            return {"url": progress["url"]}
        await sleep(progress["retry_after_ms"])  # expect: WAC301
    raise TimeoutError(f"render {job['id']} did not finish")
