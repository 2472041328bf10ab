# SDK: wmill 1.850.0: a polling loop with the SDK's sleep; a broad catch inside a task; result fields read right after
from wmill import sleep, step, task, workflow

POLL_SECONDS = 600
MAX_POLLS = 36


@task()
async def queue_snapshot(studio: str) -> dict:
    import requests

    try:
        r = requests.get(f"https://studio.example.ink/api/{studio}/queue", timeout=10)
        r.raise_for_status()
        return {"ok": True, "waiting": r.json()["waiting"], "free_artists": r.json()["free"]}
    except Exception as exc:
        return {"ok": False, "waiting": [], "free_artists": [], "error": str(exc)}


@task()
async def page_client(phone: str, artist: str) -> bool:
    import requests

    return requests.post("https://sms.example.ink/send", json={"to": phone, "body": f"{artist} is ready for you"}).ok


@workflow
async def main(studio: str):
    paged: list[str] = []
    for _ in range(MAX_POLLS):
        snap = await queue_snapshot(studio)
        waiting = snap["waiting"] if snap["ok"] else []
        free = list(snap["free_artists"])
        if not waiting:
            break
        for client, artist in zip(waiting, free):
            if await page_client(client["phone"], artist):
                paged.append(client["id"])
        await sleep(POLL_SECONDS)
    closed = await step("closed_at", lambda: __import__("datetime").datetime.utcnow().isoformat())
    return {"paged": paged, "closed": closed}
