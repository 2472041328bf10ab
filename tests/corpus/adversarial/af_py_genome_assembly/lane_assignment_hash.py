# SDK: wmill 1.850.0 the body replays in a new process every round and str hashes are salted per process (PYTHONHASHSEED), so hash(sample) % lanes changes between replays
"""Sequencer lane planning, ported from a Luigi task that sharded samples with
hash(); the per-lane runs became tasks."""

from collections import defaultdict

from wmill import task, workflow

LANES = 8


@task()
async def pending_samples(run_id: str) -> list[dict]:
    import httpx

    r = httpx.get(f"https://lims.genomics.example/api/runs/{run_id}/samples", params={"state": "pending"})
    r.raise_for_status()
    return r.json()


@task(timeout=600)
async def load_lane(run_id: str, lane: int, samples: list[str]) -> dict:
    import httpx

    r = httpx.post(f"https://sequencer.genomics.example/runs/{run_id}/lanes/{lane}", json={"samples": samples})
    r.raise_for_status()
    return {"lane": lane, "loaded": len(samples)}


def plan(samples: list[dict], lanes: int) -> dict[int, list[str]]:
    out: dict[int, list[str]] = defaultdict(list)
    for s in samples:
        out[hash(s["barcode"]) % lanes].append(s["id"])
    return dict(sorted(out.items()))


@workflow
async def main(run_id: str, lanes: int = LANES):
    samples = await pending_samples(run_id)
    layout = plan(samples, lanes)  # expect: WAC102
    loaded = []
    for lane, ids in layout.items():
        loaded.append(await load_lane(run_id, lane, ids))
    return {"run": run_id, "lanes": loaded}
