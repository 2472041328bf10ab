"""Announce a message on several platforms, one task per platform."""

from wmill import task


@task()
async def announce(platform: str, text: str) -> dict:
    import httpx

    resp = httpx.post("https://pa.westbahn-regional.at/api/announce", json={"platform": platform, "text": text})
    return resp.json()


async def announce_all(platforms: list[str], text: str) -> list[dict]:
    out = []
    for platform in platforms:
        out.append(await announce(platform, text))
    return out
