# SDK: wmill 1.850.0 (written after the blind batch) perf_counter / time.time values that only reach the job's log: through a method of a reporter object built in the body, a @staticmethod, sys.stderr.write and pprint; the audit's decisions use task results only
import sys
import time
from pprint import pprint

from wmill import task, workflow


class Reporter:
    def __init__(self, prefix: str):
        self.prefix = prefix

    def line(self, msg: str) -> None:
        print(f"[{self.prefix}] {msg}")

    @staticmethod
    def banner(msg: str) -> None:
        print("=" * 20, msg, "=" * 20)


@task()
async def residuals(district: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.get(f"https://lims.water.example/{district}/residuals")
        return r.json()


@task()
async def flag_sites(district: str, sites: list[str]) -> int:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.post(f"https://lims.water.example/{district}/flags", json={"sites": sites})
        return r.json()["flagged"]


@workflow
async def main(districts: list[str], low: float = 0.2, high: float = 4.0):
    rep = Reporter("residuals")
    Reporter.banner(f"audit started {time.time():.0f}")
    flagged = {}
    for district in districts:
        t0 = time.perf_counter()
        rows = await residuals(district)
        bad = sorted(r["site"] for r in rows if not low <= float(r["mg_l"]) <= high)
        flagged[district] = await flag_sites(district, bad) if bad else 0
        rep.line(f"{district}: {len(bad)} of {len(rows)} out of range ({time.perf_counter() - t0:.1f}s)")
        sys.stderr.write(f"{district} done at {time.time():.0f}\n")
    pprint({"flagged": flagged, "at": time.time()})
    return {"flagged": flagged}
