# SDK: wmill 1.850.0: a constant approval key (the diagram labels every approval the same); an async step callback; Counter.most_common over a list keeps first-seen order for ties
from collections import Counter

from wmill import get_approval_urls, step, task, wait_for_approval, workflow

CHAIR_SIGN_OFF = "chair_sign_off"


@task()
async def circulate(draft: str, page: str, members: list[str]) -> int:
    import requests

    for m in members:
        requests.post("https://mail.example-ice.org/send", json={"to": m, "body": f"{draft}\n\n{page}"}, timeout=10)
    return len(members)


@task()
async def archive(minutes: str, meeting: str) -> str:
    import requests

    r = requests.put(f"https://docs.example-ice.org/api/minutes/{meeting}", data=minutes.encode(), timeout=30)
    r.raise_for_status()
    return r.json()["url"]


def draft_minutes(meeting: str, motions: list[dict]) -> str:
    votes = Counter(m["outcome"] for m in motions)
    lines = [f"# Board meeting {meeting}"]
    lines += [f"- {m['title']}: {m['outcome']}" for m in motions]
    lines += [f"{outcome}: {n}" for outcome, n in votes.most_common()]
    return "\n".join(lines)


async def stamp_urls():
    return get_approval_urls(CHAIR_SIGN_OFF)


@workflow
async def main(meeting: str, motions: list[dict], board: list[str], chair: str):
    draft = draft_minutes(meeting, motions)
    urls = await step("chair_urls", stamp_urls)
    await circulate(draft, urls["approvalPage"], [chair, *[b for b in board if b != chair]])
    sign = await wait_for_approval(key=CHAIR_SIGN_OFF, timeout=14 * 86400)
    if not sign["approved"]:
        return {"archived": None, "rejected_by": sign["approver"]}
    return {"archived": await archive(draft, meeting)}
