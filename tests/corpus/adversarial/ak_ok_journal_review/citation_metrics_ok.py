# SDK: wmill 1.850.0: a task's result is JSON round-tripped, so the frame is turned into records and numpy scalars into Python numbers inside the task
from typing import Optional

from wmill import task, workflow


@task(timeout=900, tag="pandas")
async def collect_citations(journal: str, year: int) -> list[dict]:
    import pandas as pd
    import requests

    r = requests.get(f"https://citations.example.org/v1/journals/{journal}/works", params={"year": year}, timeout=60)
    r.raise_for_status()
    df = pd.DataFrame(r.json()["works"])
    if df.empty:
        return []
    df["citations"] = df["citations"].fillna(0).astype(int)
    top = df.sort_values(["citations", "doi"], ascending=[False, True]).head(20)
    return top[["doi", "title", "citations"]].to_dict(orient="records")


@task(tag="pandas")
async def impact(journal: str, years: list[int]) -> dict:
    import numpy as np
    import requests

    counts = []
    for y in years:
        r = requests.get(f"https://citations.example.org/v1/journals/{journal}/count", params={"year": y}, timeout=60)
        counts.append(r.json()["count"])
    arr = np.array(counts, dtype=float)
    return {"mean": float(arr.mean()) if arr.size else 0.0, "max": int(arr.max()) if arr.size else 0}


@task()
async def publish_dashboard(journal: str, payload: dict) -> str:
    import requests

    r = requests.put(f"https://dash.example-press.org/api/journals/{journal}/metrics", json=payload, timeout=30)
    r.raise_for_status()
    return r.json()["url"]


def h_index(citations: list[int]) -> int:
    ranked = sorted(citations, reverse=True)
    return sum(1 for i, c in enumerate(ranked, start=1) if c >= i)


@workflow
async def main(journal: str, year: int, lookback: Optional[int] = 2):
    years = [year - k for k in range(1, (lookback or 2) + 1)]
    works = await collect_citations(journal, year)
    stats = await impact(journal, years)
    payload = {
        "year": year,
        "h_index": h_index([w["citations"] for w in works]),
        "top": works[:5],
        "impact": stats,
    }
    url = await publish_dashboard(journal, payload)
    return {"url": url, **payload}
