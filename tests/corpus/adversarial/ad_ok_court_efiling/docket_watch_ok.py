# SDK: wmill 1.850.0 a module-level requests.Session() makes no request when built; it is used only inside tasks; a pipeline class whose async methods await tasks in a fixed order
import requests
from wmill import sleep, task, workflow

PACER = requests.Session()
PACER.headers.update({"User-Agent": "docket-watch/2.3"})
POLL_SECONDS = 4 * 3600


@task()
async def latest_entries(court: str, case_no: str, after: int) -> list[dict]:
    r = PACER.get(f"https://ecf.{court}.uscourts.example/cases/{case_no}/entries", params={"after": after}, timeout=30)
    r.raise_for_status()
    return r.json()["entries"]


@task()
async def post_to_matter(matter: str, entries: list[dict]) -> int:
    r = PACER.post(f"https://dms.lawfirm.example/matters/{matter}/docket", json=entries, timeout=30)
    r.raise_for_status()
    return len(entries)


class Watcher:
    def __init__(self, court: str, case_no: str, matter: str):
        self.court = court
        self.case_no = case_no
        self.matter = matter

    async def poll(self, after: int) -> list[dict]:
        return await latest_entries(self.court, self.case_no, after)

    async def record(self, entries: list[dict]) -> int:
        if not entries:
            return 0
        return await post_to_matter(self.matter, entries)

    @staticmethod
    def high_water(entries: list[dict], current: int) -> int:
        return max([current, *(e["number"] for e in entries)])


@workflow
async def main(court: str, case_no: str, matter: str, rounds: int = 6, stop_on: str = "judgment"):
    w = Watcher(court, case_no, matter)
    seen = 0
    recorded = 0
    for _ in range(rounds):
        entries = await w.poll(seen)
        recorded += await w.record(entries)
        seen = Watcher.high_water(entries, seen)
        if any(stop_on in e["text"].lower() for e in entries):
            break
        await sleep(POLL_SECONDS)
    return {"recorded": recorded, "last_entry": seen}
