# SDK: wmill 1.850.0 replays the body in a new process each round; `hash()` of a frozen dataclass hashes the tuple of its fields, whose str values PYTHONHASHSEED salts per process, so the bench picked (and sent to the task) differs between rounds
"""Assign repair jobs to benches; job keys are frozen dataclasses (ported from a Kedro
node that partitioned by `hash(key)`)."""

from __future__ import annotations

from dataclasses import dataclass

import requests

from wmill import task, workflow

BENCHES = ["bench-a", "bench-b", "bench-c"]


@dataclass(frozen=True)
class RepairKey:
    customer: str
    instrument: str


@task(timeout=600)
async def book_bench(bench: str, customer: str, instrument: str) -> dict:
    r = requests.post(
        f"https://workshop.luthier.example/api/benches/{bench}/bookings",
        json={"customer": customer, "instrument": instrument},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(repairs: list[dict]):
    bookings = []
    for job in repairs:
        key = RepairKey(job["customer"], job["instrument"])
        bench = BENCHES[hash(key) % len(BENCHES)]  # expect: WAC102
        bookings.append(await book_bench(bench, key.customer, key.instrument))
    return bookings
