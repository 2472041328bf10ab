# SDK: wmill 1.850.0 a task's Counter is written by json.dumps as a plain JSON object and comes back a dict; dict has no .total() (Counter, 3.10+), so the body raises AttributeError
from collections import Counter

from wmill import task, workflow


@task()
async def error_codes(service: str, hours: int) -> Counter:
    import requests

    resp = requests.get(
        "https://logs.internal/api/search",
        params={"q": f"service:{service} level:error", "since": f"{hours}h"},
        timeout=30,
    )
    return Counter(hit["code"] for hit in resp.json()["hits"])  # expect: WAC107


@task()
async def post_digest(service: str, text: str) -> None:
    import requests

    requests.post("https://slack.com/api/chat.postMessage", json={"channel": "#errors", "text": text}, timeout=10)


@workflow
async def main(service: str, hours: int = 24):
    codes = await error_codes(service, hours)
    total = codes.total()
    lines = [f"{code}: {n}" for code, n in sorted(codes.items(), key=lambda kv: -kv[1])[:5]]
    await post_digest(service, f"{service}: {total} errors in {hours}h\n" + "\n".join(lines))
    return {"errors": total}
