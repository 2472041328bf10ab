# SDK: wmill 1.850.0 re-runs the workflow body in every round on whichever worker picks it up; `target.complete` is a property that checks the worker's disk (`Path.is_file()`), so whether `distill` is dispatched depends on that worker's files, and can differ between rounds
"""Steam-distillation batches. Ported from a Luigi pipeline where each task's
`complete()` checked its output target on disk before running."""

from pathlib import Path

import httpx

from wmill import task, workflow

OUTPUT_ROOT = Path("/mnt/atelier/distillates")


class LocalTarget:
    def __init__(self, path: Path):
        self.path = path

    @property
    def complete(self) -> bool:
        return self.path.is_file()


@task(timeout=7200, tag="still")
async def distill(botanical: str, charge_kg: float) -> dict:
    async with httpx.AsyncClient(base_url="https://still.atelier.example", timeout=30) as client:
        r = await client.post("/batches", json={"botanical": botanical, "kg": charge_kg})
        r.raise_for_status()
        return r.json()


@workflow
async def main(botanicals: list[str], charge_kg: float = 120.0):
    produced = []
    for botanical in botanicals:
        target = LocalTarget(OUTPUT_ROOT / f"{botanical}.json")
        if target.complete:  # expect: WAC101
            continue
        produced.append(await distill(botanical, charge_kg))
    return {"produced": produced}
