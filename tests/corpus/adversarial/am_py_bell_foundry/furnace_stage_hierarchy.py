# SDK: wmill 1.850.0 client.py: only task / step calls are checkpointed; `Stage.run` calls `self.fetch`, which for `KilnLogStage` is the subclass's override doing an httpx GET, so the body reads the kiln log again in every round (and may branch differently)
"""Anneal a cast bell in stages (ported from a Luigi pipeline whose stages were classes
overriding `fetch` / `decide`)."""

import httpx

from wmill import sleep, task, workflow


class Stage:
    async def run(self, bell_id: str) -> dict:
        data = await self.fetch(bell_id)
        return self.decide(data)

    async def fetch(self, bell_id: str) -> dict:
        raise NotImplementedError

    def decide(self, data: dict) -> dict:
        return {"hold_hours": 12 if data["wall_mm"] > 80 else 6, "target_c": data["target_c"]}


class KilnLogStage(Stage):
    async def fetch(self, bell_id: str) -> dict:
        async with httpx.AsyncClient(base_url="https://kiln.bellfoundry.example") as client:
            r = await client.get(f"/bells/{bell_id}/log")
            r.raise_for_status()
            return r.json()


@task(timeout=600)
async def set_kiln(bell_id: str, target_c: int) -> dict:
    async with httpx.AsyncClient(base_url="https://kiln.bellfoundry.example") as client:
        r = await client.post(f"/bells/{bell_id}/setpoint", json={"celsius": target_c})
        r.raise_for_status()
        return r.json()


@workflow
async def main(bell_id: str):
    plan = await KilnLogStage().run(bell_id)  # expect: WAC101
    await set_kiln(bell_id, plan["target_c"])
    await sleep(plan["hold_hours"] * 3600)
    return await set_kiln(bell_id, 20)
