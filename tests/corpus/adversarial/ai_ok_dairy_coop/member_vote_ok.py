# SDK: wmill 1.850.0: results converted right after the checkpoint; sorted() over dict keys; clock only inside tasks
from collections import Counter

from wmill import get_approval_urls, step, task, wait_for_approval, workflow

OPTIONS = ("accept", "reject", "abstain")


@task()
async def members(region: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as c:
        resp = await c.get("https://members.example.coop/api/members", params={"region": region})
        return resp.json()


@task()
async def send_ballots(emails: list[str], question: str, resume: str) -> int:
    import httpx
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).isoformat()
    async with httpx.AsyncClient() as c:
        for e in emails:
            await c.post("https://mail.example.coop/send", json={"to": e, "q": question, "link": resume, "sent": stamp})
    return len(emails)


@task()
async def collect_votes(question_id: str) -> list[str]:
    import httpx

    async with httpx.AsyncClient() as c:
        return (await c.get(f"https://vote.example.coop/api/{question_id}")).json()["votes"]


@workflow
async def main(region: str, question: str, question_id: str):
    roster = await members(region)
    emails = sorted({m["email"].lower() for m in roster if m.get("active")})
    urls = await step("board_urls", lambda: get_approval_urls("board_close"))
    sent = await send_ballots(emails, question, urls["resume"])
    await wait_for_approval(key="board_close", timeout=14 * 86400)
    votes = await collect_votes(question_id)
    tally = Counter(v for v in votes if v in OPTIONS)
    counts = {opt: tally.get(opt, 0) for opt in OPTIONS}
    carried = counts["accept"] > counts["reject"]
    return {"sent": sent, "counts": counts, "carried": carried}
