# SDK: wmill 1.850.0 the body replays from the top: pool.map runs the pure sta_lta on worker threads again in every round, to the same ratios (round AH: a pool running a pure function of the file is not reported; this file was marked WAC101 before); sorted(set(...)) fixes the dispatch order
"""Phase picking for a swarm: waveforms come from tasks, the trigger ratio is
computed locally on a thread pool (ported from the Ray actor pool)."""

from concurrent.futures import ThreadPoolExecutor

from wmill import task, workflow

STA, LTA = 5, 50


@task()
async def load_trace(station: str, window: str) -> list[float]:
    import httpx

    r = httpx.get(f"https://wave.seismo.example/traces/{station}", params={"window": window})
    r.raise_for_status()
    return r.json()["samples"]


@task()
async def declare_pick(station: str, index: int, ratio: float) -> dict:
    import httpx

    r = httpx.post("https://picks.seismo.example/api", json={"station": station, "index": index, "ratio": ratio})
    r.raise_for_status()
    return r.json()


def sta_lta(samples: list[float]) -> tuple[int, float]:
    best_i, best = -1, 0.0
    for i in range(LTA, len(samples)):
        sta = sum(abs(x) for x in samples[i - STA : i]) / STA
        lta = sum(abs(x) for x in samples[i - LTA : i]) / LTA or 1e-9
        if sta / lta > best:
            best_i, best = i, sta / lta
    return best_i, best


@workflow
async def main(stations: list[str], window: str, threshold: float = 3.5):
    codes = sorted(set(s.upper() for s in stations))
    traces = [await load_trace(c, window) for c in codes]
    with ThreadPoolExecutor(max_workers=4) as pool:
        ratios = list(pool.map(sta_lta, traces))
    picks = []
    for code, (i, ratio) in zip(codes, ratios):
        if ratio >= threshold:
            picks.append(await declare_pick(code, i, round(ratio, 3)))
    return {"picked": len(picks), "stations": len(codes), "picks": picks}
