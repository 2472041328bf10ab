# SDK: wmill 1.850.0 replays the body after each task; the tools are plain functions of the file run from the body, so the CRM write happens again in every later round
import json

import requests
from wmill import task, workflow


def lookup_account(email: str) -> dict:
    return requests.get("https://crm.internal/api/accounts", params={"email": email}, timeout=10).json()


def extend_trial(account_id: str, days: int) -> dict:
    resp = requests.post(f"https://crm.internal/api/accounts/{account_id}/trial", json={"extend_days": days}, timeout=10)
    return resp.json()


TOOLS = {"lookup_account": lookup_account, "extend_trial": extend_trial}


@task(timeout=120)
async def llm_turn(messages: list[dict]) -> dict:
    from anthropic import Anthropic

    resp = Anthropic().messages.create(model="claude-3-5-sonnet-latest", max_tokens=1024, messages=messages)
    block = resp.content[0]
    if block.type == "tool_use":
        return {"tool": block.name, "args": block.input, "id": block.id}
    return {"text": block.text}


@workflow
async def main(request: str):
    messages = [{"role": "user", "content": request}]
    for _ in range(5):
        turn = await llm_turn(messages)
        if "text" in turn:
            return {"answer": turn["text"]}
        result = TOOLS[turn["tool"]](**turn["args"])  # expect: WAC101
        messages.append({"role": "assistant", "content": [{"type": "tool_use", "id": turn["id"], "name": turn["tool"], "input": turn["args"]}]})
        messages.append({"role": "user", "content": [{"type": "tool_result", "tool_use_id": turn["id"], "content": json.dumps(result)}]})
    return {"answer": None}
