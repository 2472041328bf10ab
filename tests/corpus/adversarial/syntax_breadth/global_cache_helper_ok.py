# SDK: wmill 1.850.0 client.py: a `global` memo in a pure helper of the body is recomputed identically on every replay (same inputs, no I/O).
import re

from wmill import task, workflow

_PATTERN_CACHE: dict[str, re.Pattern[str]] = {}


def compiled(pattern: str) -> re.Pattern[str]:
    global _PATTERN_CACHE
    if pattern not in _PATTERN_CACHE:
        _PATTERN_CACHE = {**_PATTERN_CACHE, pattern: re.compile(pattern)}
    return _PATTERN_CACHE[pattern]


@task()
async def tag_messages(ids: list[str], tag: str) -> int:
    return len(ids)


@workflow
async def main(messages: list[dict], pattern: str = r"invoice|receipt"):
    rx = compiled(pattern)
    matching = [m["id"] for m in messages if rx.search(m.get("subject", ""))]
    tagged = await tag_messages(matching, "finance")
    return {"tagged": tagged}
