# SDK: wmill 1.850.0 a short workflow mostly of data shaping: collections.Counter and statistics over a task's rows, sorted() with an explicit key, results turned into plain dicts / lists before they are returned
import statistics
from collections import Counter, defaultdict

from wmill import task, workflow


@task()
async def load_laps(race_id: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.get(f"https://timing.velo-club.example/races/{race_id}/laps")
        resp.raise_for_status()
        return resp.json()


@workflow
async def main(race_id: str, primes: list[int] | None = None):
    laps = await load_laps(race_id)
    per_rider: dict[str, list[float]] = defaultdict(list)
    for lap in laps:
        per_rider[lap["bib"]].append(lap["seconds"])

    finishers = sorted(per_rider, key=lambda bib: (-len(per_rider[bib]), sum(per_rider[bib])))
    prime_wins = Counter(lap["bib"] for lap in laps if lap["lap"] in set(primes or []) and lap["position"] == 1)
    return {
        "podium": finishers[:3],
        "fastest_lap": min((min(v), b) for b, v in per_rider.items())[1] if per_rider else None,
        "median_lap": statistics.median(s for v in per_rider.values() for s in v) if laps else None,
        "primes": dict(sorted(prime_wins.items())),
    }
