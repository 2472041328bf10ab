# SDK: wmill 1.850.0 client.py task(): a Counter comes back a plain dict with the same str keys; the body sorts its items itself, which a dict supports.
from collections import Counter

from wmill import task, workflow


@task()
async def count_words(doc_url: str) -> dict[str, int]:
    text = "refund refund late delivery refund"
    return dict(Counter(text.split()))


@task()
async def tag_ticket(ticket_id: str, tags: list[str]) -> bool:
    return True


@workflow
async def main(ticket_id: str, doc_url: str):
    words = await count_words(doc_url)
    top = [w for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]]
    return await tag_ticket(ticket_id, top)
