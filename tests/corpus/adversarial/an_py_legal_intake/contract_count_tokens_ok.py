# SDK: wmill 1.850.0 client.py: step() checkpoints the count the first round gets; the chunking below is computed from that stored number in every round
"""Review a contract: the token count is a step, the chunking is pure."""

import anthropic

from wmill import step, task, workflow

MODEL = "claude-sonnet-4-5"
CONTEXT_BUDGET = 150_000

client = anthropic.Anthropic()


@task(timeout=600)
async def review_part(text: str, part: int) -> dict:
    msg = anthropic.Anthropic().messages.create(
        model=MODEL,
        max_tokens=4000,
        messages=[{"role": "user", "content": f"Review part {part} of this contract for unusual clauses:\n{text}"}],
    )
    return {"part": part, "notes": msg.content[0].text}


def split_clauses(text: str, parts: int) -> list[str]:
    clauses = text.split("\n\n")
    size = max(1, len(clauses) // parts)
    return ["\n\n".join(clauses[i : i + size]) for i in range(0, len(clauses), size)]


def count_tokens(text: str) -> int:
    return client.messages.count_tokens(model=MODEL, messages=[{"role": "user", "content": text}]).input_tokens


@workflow
async def main(contract_text: str):
    tokens = await step("count_tokens", lambda: count_tokens(contract_text))
    parts = 1 if tokens < CONTEXT_BUDGET else tokens // CONTEXT_BUDGET + 1
    notes = []
    for i, chunk in enumerate(split_clauses(contract_text, parts)):
        notes.append(await review_part(chunk, i + 1))
    return {"parts": parts, "notes": notes}
