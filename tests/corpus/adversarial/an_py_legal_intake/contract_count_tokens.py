# SDK: wmill 1.850.0 client.py: the body runs again in each round; Anthropic's messages.count_tokens is an API request (POST /v1/messages/count_tokens), not a local tokenizer
"""Review a contract: count its tokens to decide whether to chunk it, then review each part."""

import anthropic

from wmill import task, workflow

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


@workflow
async def main(contract_text: str):
    usage = client.messages.count_tokens(  # expect: WAC101
        model=MODEL, messages=[{"role": "user", "content": contract_text}]
    )
    parts = 1 if usage.input_tokens < CONTEXT_BUDGET else usage.input_tokens // CONTEXT_BUDGET + 1
    notes = []
    for i, chunk in enumerate(split_clauses(contract_text, parts)):
        notes.append(await review_part(chunk, i + 1))
    return {"parts": parts, "notes": notes}
