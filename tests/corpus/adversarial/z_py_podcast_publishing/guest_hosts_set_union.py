# SDK: wmill 1.850.0 notify_guest, notify_guest_2, ... are allocated in call order; set().union(...) of str ids iterates in salted-hash order, another in each round's process
from wmill import task, workflow, step


@task()
async def season_episodes(show_slug: str, season: int) -> list:
    import requests

    return requests.get(f"https://cms.internal/shows/{show_slug}/seasons/{season}/episodes", timeout=30).json()


@task()
async def notify_guest(guest_email: str, position: int, show_slug: str) -> dict:
    import requests

    r = requests.post(
        "https://mail.internal/send",
        json={"to": guest_email, "template": "season_recap", "vars": {"show": show_slug, "n": position}},
        timeout=20,
    )
    return {"to": guest_email, "status": r.status_code}


@workflow
async def main(show_slug: str, season: int):
    episodes = await season_episodes(show_slug, season)
    guests = set().union(*(ep.get("guest_emails", []) for ep in episodes))

    sent = []
    for position, email in enumerate(guests, start=1):  # expect: WAC105
        sent.append(await notify_guest(email, position, show_slug))

    recap = await step("recap", lambda: {"season": season, "guests": len(sent)})
    return {"sent": sent, "recap": recap}
