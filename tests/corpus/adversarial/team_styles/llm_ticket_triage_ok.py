# SDK: wmill 1.850.0 client.py `_alloc_key`: a literal step name repeated in a loop is numbered (`queue`, `queue_2`, ...) in call order, stable across replays.
import logging
from typing import Literal

from openai import OpenAI
from wmill import step, task, workflow

log = logging.getLogger(__name__)
MODEL = "gpt-4o-mini"
LABELS = ["billing", "bug", "feature", "other"]
QUEUES = {"billing": "finance", "bug": "engineering"}


@task(timeout=90, retry={"attempts": 2, "delay": 5})
async def classify(openai_key: str, subject: str, body: str) -> str:
    client = OpenAI(api_key=openai_key)
    resp = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": f"{subject}\n{body}"}])
    label = resp.choices[0].message.content.strip().lower()
    return label if label in LABELS else "other"


@task()
async def route(ticket_id: str, queue: str) -> bool:
    return True


@workflow
async def main(tickets: list[dict], openai_key: str, fallback_queue: Literal["triage", "l1"] = "triage"):
    routed = []
    for t in tickets:
        label = await classify(openai_key, t["subject"], t["body"])
        queue = QUEUES.get(label, fallback_queue)
        await route(t["id"], queue)
        routed.append({"id": t["id"], "label": label, "queue": queue})
    log.info("routed %d tickets", len(routed))
    return routed
