# SDK: wmill 1.850.0 each round is a new process running the script from the top (the body is replayed), so module code runs every round
from datetime import datetime

import requests
from wmill import task, workflow

TAPROOM_API = "https://taproom.example.com/api"
TAP_URLS = [f"{TAPROOM_API}/taps/{n}" for n in range(1, 5)]

# what is on tap right now, fetched at import
ON_TAP = [requests.get(u, timeout=5).json() for u in TAP_URLS]  # expect: WAC101

BREW_DAY = datetime.now().strftime("%Y%m%d")


class TapRoom:
    session_token = requests.post(f"{TAPROOM_API}/login", json={"kiosk": "brewhouse"}).json()["token"]  # expect: WAC101

    @staticmethod
    def headers() -> dict:
        return {"authorization": f"Bearer {TapRoom.session_token}"}


@task()
async def queue_tap_change(tap: int, style: str, brew_day: str) -> dict:
    r = requests.post(f"{TAPROOM_API}/taps/{tap}", json={"style": style, "brew_day": brew_day}, headers=TapRoom.headers())
    return r.json()


@workflow
async def main(style: str):
    empty = [t["id"] for t in ON_TAP if t.get("kegs_left", 0) == 0]
    if not empty:
        return {"changed": None}
    return await queue_tap_change(empty[0], style, BREW_DAY)  # expect: WAC102
