# SDK: wmill 1.850.0 client.py: only I/O and non-determinism matter on replay; pure helpers give the same result every round.
import hashlib
import json

from wmill import task, workflow


def normalize(record: dict) -> dict:
    return {k.lower().strip(): v for k, v in record.items() if v not in (None, "")}


def fingerprint(record: dict) -> str:
    return hashlib.sha256(json.dumps(record, sort_keys=True).encode()).hexdigest()[:16]


def partition(records: list[dict], size: int) -> list[list[dict]]:
    return [records[i : i + size] for i in range(0, len(records), size)]


@task()
async def load(source: str) -> list[dict]:
    import httpx

    return httpx.get(f"https://data.example.com/api/{source}").json()


@task()
async def upsert(batch: list[dict]) -> int:
    return len(batch)


@workflow
async def main(source: str, batch_size: int = 500):
    records = [normalize(r) for r in await load(source)]
    unique = {fingerprint(r): r for r in records}
    written = 0
    for batch in partition(list(unique.values()), batch_size):
        written += await upsert(batch)
    return {"written": written, "duplicates": len(records) - len(unique)}
