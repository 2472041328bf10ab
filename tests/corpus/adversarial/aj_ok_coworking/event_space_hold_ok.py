# SDK: wmill 1.850.0: wait_for_approval with a form; an except Exception that re-raises; a sleep computed from an input
from datetime import datetime

from wmill import get_resume_urls, sleep, step, task, wait_for_approval, workflow


@task()
async def place_hold(room: str, starts: str, ends: str, client: str) -> str:
    import requests

    r = requests.post(
        "https://spaces.example-cowork.com/holds",
        json={"room": room, "starts": starts, "ends": ends, "client": client},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["hold_id"]


@task()
async def release_hold(hold_id: str) -> None:
    import requests

    requests.delete(f"https://spaces.example-cowork.com/holds/{hold_id}", timeout=20).raise_for_status()


@task()
async def email_client(client: str, link: str) -> None:
    import requests

    requests.post("https://mail.example-cowork.com/send", json={"to": client, "link": link}, timeout=20)


@workflow
async def main(room: str, starts: str, ends: str, client: str, hold_hours: int = 48):
    hours = (datetime.fromisoformat(ends) - datetime.fromisoformat(starts)).total_seconds() / 3600
    hold_id = await place_hold(room, starts, ends, client)
    try:
        urls = await step("urls", lambda: get_resume_urls())
        await email_client(client, urls["approvalPage"])
        answer = await wait_for_approval(
            timeout=hold_hours * 3600,
            form={"type": "object", "properties": {"catering": {"type": "boolean"}, "headcount": {"type": "integer"}}},
        )
    except Exception:
        await release_hold(hold_id)
        raise
    if not answer["approved"]:
        await release_hold(hold_id)
        return {"booked": False}
    if hours > 8:
        await sleep(60)
    return {"booked": True, "hold": hold_id, "extras": answer["value"], "hours": hours}
