# SDK: wmill 1.850.0 replays the body in a new process each round; a blake2b digest of the key's fields is the same in every process, and a frozen dataclass used only to tell jobs apart in a set of this round (`key in seen`) gives the same answers each round
"""Assign repair jobs to benches with a stable digest of the repair key."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import requests

from wmill import task, workflow

BENCHES = ["bench-a", "bench-b", "bench-c"]


@dataclass(frozen=True)
class RepairKey:
    customer: str
    instrument: str

    def bucket(self, n: int) -> int:
        digest = hashlib.blake2b(f"{self.customer}/{self.instrument}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") % n


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
    seen: set[RepairKey] = set()
    bookings = []
    for job in repairs:
        key = RepairKey(job["customer"], job["instrument"])
        if key in seen:
            continue
        seen.add(key)
        bench = BENCHES[key.bucket(len(BENCHES))]
        bookings.append(await book_bench(bench, key.customer, key.instrument))
    return bookings
