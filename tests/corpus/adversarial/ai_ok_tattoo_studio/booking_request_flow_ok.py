# SDK: wmill 1.850.0: a deterministic helper named `load_price_table` (pure), task results reshaped right after the checkpoint
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

HOURLY = {"fine_line": 140, "traditional": 120, "realism": 170, "lettering": 110}


def load_price_table(style: str, hours: float) -> dict:
    """Pure: the quote from the studio's rate table (the name predates the table living in code)."""
    rate = HOURLY.get(style, 150)
    return {"style": style, "hours": hours, "rate": rate, "total": round(rate * hours, 2)}


@task()
async def artist_availability(artist: str, weeks: int) -> list[str]:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://studio.example.ink/api/artists/{artist}/slots", params={"weeks": weeks})
        r.raise_for_status()
        return r.json()["slots"]


@task()
async def email_client(email: str, quote: dict, slots: list[str], resume: str) -> None:
    import httpx

    async with httpx.AsyncClient() as c:
        await c.post("https://studio.example.ink/api/mail", json={"to": email, "quote": quote, "slots": slots, "link": resume})


@task()
async def hold_slot(artist: str, slot: str, email: str) -> str:
    import httpx

    async with httpx.AsyncClient() as c:
        r = await c.post("https://studio.example.ink/api/holds", json={"artist": artist, "slot": slot, "client": email})
        return r.json()["hold_id"]


@workflow
async def main(email: str, artist: str, style: str, hours: float = 2.0):
    quote = load_price_table(style, hours)
    slots = await artist_availability(artist, 6)
    slots = sorted(slots)[:5]
    urls = await step("client_urls", lambda: get_approval_urls("client_choice"))
    await email_client(email, quote, slots, urls["approvalPage"])
    choice = await wait_for_approval(
        key="client_choice",
        timeout=5 * 86400,
        form={"type": "object", "properties": {"slot": {"type": "string", "enum": slots}}},
    )
    if not choice["approved"]:
        return {"status": "declined", "quote": quote}
    slot = choice["value"].get("slot") or slots[0]
    hold = await hold_slot(artist, slot, email)
    return {"status": "held", "hold": hold, "slot": slot, "quote": quote}
