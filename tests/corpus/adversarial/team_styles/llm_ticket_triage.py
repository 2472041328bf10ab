# SDK: wmill 1.850.0 client.py `step`: keys come from the name (`_alloc_key`); a name built from the ticket id is stable per input but differs per ticket, which Windmill's diagram cannot label (WAC103 warning).
import logging
from typing import Literal

from openai import OpenAI
from wmill import step, task, workflow

log = logging.getLogger(__name__)
MODEL = "gpt-4o-mini"
LABELS = ["billing", "bug", "feature", "other"]
SYSTEM_PROMPT = "Classify the support ticket into one of: " + ", ".join(LABELS)


def build_messages(subject: str, body: str) -> list[dict]:
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": f"{subject}\n\n{body}"}]


@task(timeout=90, retry={"attempts": 2, "delay": 5})
async def classify(openai_key: str, subject: str, body: str) -> str:
    client = OpenAI(api_key=openai_key)
    resp = client.chat.completions.create(model=MODEL, messages=build_messages(subject, body))
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
        queue = await step(f"queue_for_{t['id']}", lambda: {"billing": "finance", "bug": "engineering"}.get(label, fallback_queue))  # expect: WAC103
        await route(t["id"], queue)
        routed.append({"id": t["id"], "label": label, "queue": queue})
    log.info("routed %d tickets", len(routed))
    return routed
