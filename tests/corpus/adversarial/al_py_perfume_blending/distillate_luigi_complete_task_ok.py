# SDK: wmill 1.850.0 checkpoints a task's result, so the disk check made inside `already_distilled` (a task, its own job) is read back from the checkpoint in every later round; the body only branches on that stored answer
"""Steam-distillation batches, ported from Luigi; the `complete()` check of each output
target runs as a task, so every replay branches on the answer the first round got."""

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


@task(timeout=60, tag="still")
async def already_distilled(botanical: str) -> bool:
    return LocalTarget(OUTPUT_ROOT / f"{botanical}.json").complete


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
        if await already_distilled(botanical):
            continue
        produced.append(await distill(botanical, charge_kg))
    return {"produced": produced}
