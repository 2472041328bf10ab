# SDK: wmill 1.850.0: block randomisation from random.Random(seed) with the seed an input; uuid5 subject ids; results are JSON
import random
import uuid
from itertools import chain

from wmill import task, workflow

TRIAL_NS = uuid.uuid5(uuid.NAMESPACE_DNS, "trials.example-cro.org")
ARMS = ("placebo", "low_dose", "high_dose")


@task(timeout=300)
async def enrol(subject_id: str, site: str, arm: str) -> dict:
    import requests

    r = requests.put(
        f"https://edc.example-cro.org/api/subjects/{subject_id}",
        json={"site": site, "arm": arm},
        timeout=30,
    )
    r.raise_for_status()
    return {"subject_id": subject_id, "arm": arm, "status": r.json()["status"]}


def blocks(n: int, rng: random.Random) -> list[str]:
    out: list[list[str]] = []
    while sum(map(len, out)) < n:
        block = list(ARMS) * 2
        rng.shuffle(block)
        out.append(block)
    return list(chain.from_iterable(out))[:n]


@workflow
async def main(trial_code: str, site: str, screening_ids: list[str], seed: int):
    rng = random.Random(f"{trial_code}:{site}:{seed}")
    allocation = blocks(len(screening_ids), rng)
    enrolled = []
    for screening_id, arm in zip(sorted(screening_ids), allocation):
        subject_id = str(uuid.uuid5(TRIAL_NS, f"{trial_code}/{site}/{screening_id}"))
        enrolled.append(await enrol(subject_id, site, arm))
    per_arm = {a: sum(1 for e in enrolled if e["arm"] == a) for a in ARMS}
    return {"enrolled": enrolled, "per_arm": per_arm}
