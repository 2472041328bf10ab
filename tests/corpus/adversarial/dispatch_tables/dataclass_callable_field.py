# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; each `Channel` keeps its sender in a field, and the Teams one posts when the body calls `ch.send(...)`.
from dataclasses import dataclass
from typing import Callable

import requests
from wmill import task, workflow


def post_teams(text: str) -> None:
    requests.post("https://outlook.office.example/webhook/abc", json={"text": text}, timeout=10)


def print_line(text: str) -> None:
    print(text)


@dataclass(frozen=True)
class Channel:
    name: str
    send: Callable[[str], None]


CHANNELS = [Channel("teams", post_teams), Channel("stdout", print_line)]


@task()
async def close_sprint(board: str) -> dict:
    return {"board": board, "done": 31}


@workflow
async def main(board: str):
    summary = await close_sprint(board)
    for ch in CHANNELS:
        ch.send(f"{board}: {summary['done']} issues done")  # expect: WAC101
    return summary
