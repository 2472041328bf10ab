# SDK: wmill 1.850.0: sleep() between polls; get_resume_urls is called inside step() (it signs a random nonce); `except BaseException as exc` that re-raises when it is not a TaskError
from wmill import TaskError, get_resume_urls, sleep, step, task, wait_for_approval, workflow


@task()
async def checked_in(event_id: str) -> list[str]:
    import requests

    r = requests.get(f"https://league.example-frag.gg/api/events/{event_id}/checkins", timeout=15)
    r.raise_for_status()
    return r.json()["teams"]


@task()
async def ping_missing(event_id: str, teams: list[str], resume_url: str) -> int:
    import requests

    r = requests.post(
        "https://discord.example-frag.gg/bot/ping",
        json={"event": event_id, "teams": teams, "link": resume_url},
        timeout=15,
    )
    return r.status_code


@task()
async def drop_team(event_id: str, team: str) -> None:
    import requests

    requests.delete(f"https://league.example-frag.gg/api/events/{event_id}/teams/{team}", timeout=15).raise_for_status()


@workflow
async def main(event_id: str, expected: list[str], rounds: int = 3):
    missing = list(expected)
    for _ in range(rounds):
        present = set(await checked_in(event_id))
        missing = [t for t in expected if t not in present]
        if not missing:
            break
        await sleep(300)
    if missing:
        urls = await step("resume_urls", get_resume_urls)
        await ping_missing(event_id, missing, urls["resume"])
        await wait_for_approval(timeout=900)
    dropped = []
    for team in missing:
        try:
            await drop_team(event_id, team)
            dropped.append(team)
        except BaseException as exc:
            if not isinstance(exc, TaskError):
                raise
    return {"dropped": dropped}
