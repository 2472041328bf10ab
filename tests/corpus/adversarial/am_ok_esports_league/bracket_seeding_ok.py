# SDK: wmill 1.850.0: random.Random seeded with an int input is deterministic; hashlib digests are the same in every process (unlike hash()); the draw runs in the body and is reproduced on replay
import hashlib
import random

from wmill import step, task, workflow


@task()
async def registered_teams(season: str) -> list[dict]:
    import requests

    r = requests.get(f"https://league.example-frag.gg/api/seasons/{season}/teams", timeout=15)
    r.raise_for_status()
    return [{"tag": t["tag"], "elo": int(t["elo"])} for t in r.json()]


@task()
async def publish_bracket(season: str, pairs: list[list[str]], draw_hash: str) -> str:
    import requests

    r = requests.put(
        f"https://league.example-frag.gg/api/seasons/{season}/bracket",
        json={"pairs": pairs, "draw_hash": draw_hash},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["url"]


def shuffle_pots(teams: list[dict], seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    top = sorted(teams, key=lambda t: (-t["elo"], t["tag"]))
    half = len(top) // 2
    pot_a = [t["tag"] for t in top[:half]]
    pot_b = [t["tag"] for t in top[half:]]
    rng.shuffle(pot_b)
    return [[a, b] for a, b in zip(pot_a, pot_b)]


def fingerprint(pairs: list[list[str]]) -> str:
    return hashlib.blake2b(repr(pairs).encode(), digest_size=8).hexdigest()


@workflow
async def main(season: str, draw_seed: int):
    teams = await registered_teams(season)
    pairs = shuffle_pots(teams, draw_seed)
    digest = fingerprint(pairs)
    url = await publish_bracket(season, pairs, digest)
    confirmed = await step("draw_record", lambda: {"seed": draw_seed, "hash": digest, "teams": len(teams)})
    return {"url": url, **confirmed}
