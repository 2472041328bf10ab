# SDK: wmill 1.850.0 a task's result comes back as JSON; the Counter is turned into a plain dict of str keys in the task and the body only uses dict methods
from collections import Counter

from wmill import task, workflow


@task()
async def error_codes(service: str, hours: int) -> dict[str, int]:
    import requests

    resp = requests.get(
        "https://logs.internal/api/search",
        params={"q": f"service:{service} level:error", "since": f"{hours}h"},
        timeout=30,
    )
    counts = Counter(str(hit["code"]) for hit in resp.json()["hits"])
    return dict(counts.most_common())


@task()
async def post_digest(service: str, text: str) -> None:
    import requests

    requests.post("https://slack.com/api/chat.postMessage", json={"channel": "#errors", "text": text}, timeout=10)


@workflow
async def main(service: str, hours: int = 24):
    codes = await error_codes(service, hours)
    total = sum(codes.values())
    top = sorted(codes.items(), key=lambda kv: -kv[1])[:5]
    await post_digest(service, f"{service}: {total} errors in {hours}h\n" + "\n".join(f"{c}: {n}" for c, n in top))
    return {"errors": total}
