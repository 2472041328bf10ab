# SDK: wmill 1.850.0 map() is lazy: each task is called when the for loop pulls it and awaited at once, so keys are allocated in list order on every replay
import httpx
from wmill import step, task, workflow

CRATE_API = "https://crates.museum.example/api"


@task()
async def pack_crate(work_id: str, climate: str) -> dict:
    r = httpx.post(f"{CRATE_API}/pack", json={"work": work_id, "climate": climate})
    return r.json()


@task()
async def needs_climate_crate(work_id: str) -> bool:
    r = httpx.get(f"{CRATE_API}/works/{work_id}/sensitivity")
    return r.json()["rh_sensitive"]


def _climate(flag: bool) -> str:
    return "controlled" if flag else "standard"


@workflow
async def main(loan_id: str, work_ids: list[str]):
    flags = {}
    for w in work_ids:
        flags[w] = await needs_climate_crate(work_id=w)
    pending = map(lambda w: pack_crate(work_id=w, climate=_climate(flags[w])), work_ids)
    crates = []
    for work_id, job in zip(work_ids, pending):
        crate = await job
        crates.append({"work": work_id, "crate": crate["crate_id"]})
    return await step("manifest", lambda: {"loan": loan_id, "crates": crates})
