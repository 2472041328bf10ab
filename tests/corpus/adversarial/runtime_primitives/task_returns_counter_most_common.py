# SDK: wmill 1.850.0 client.py task(): the result crosses as JSON; a Counter is encoded as a JSON object and comes back a plain dict, so words.most_common(5) raises AttributeError in the body.
from collections import Counter

from wmill import task, workflow


@task()
async def count_words(doc_url: str) -> Counter:
    text = "refund refund late delivery refund"
    return Counter(text.split())  # expect: WAC107


@task()
async def tag_ticket(ticket_id: str, tags: list[str]) -> bool:
    return True


@workflow
async def main(ticket_id: str, doc_url: str):
    words = await count_words(doc_url)
    top = [w for w, _ in words.most_common(5)]
    return await tag_ticket(ticket_id, top)
