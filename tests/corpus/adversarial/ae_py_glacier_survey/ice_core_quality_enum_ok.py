# SDK: wmill 1.850.0 task() result crosses json.dumps(default=str): a (str, Enum) member is written as its value "good", and CoreQuality.GOOD == "good" holds after the checkpoint
import enum
import logging

import httpx
from wmill import task, task_flow, workflow

log = logging.getLogger("glacier.cores")

LAB_API = "https://corelab.glaciology.example/api"


class CoreQuality(str, enum.Enum):
    GOOD = "good"
    FRACTURED = "fractured"
    CONTAMINATED = "contaminated"


@task(timeout=1200)
async def grade_core(core_id: str, section_m: float) -> str:
    r = httpx.get(f"{LAB_API}/cores/{core_id}/sections", params={"at": section_m})
    r.raise_for_status()
    s = r.json()
    if s["dust_ppm"] > 40:
        return CoreQuality.CONTAMINATED.value
    if s["fractures"] > 3:
        return CoreQuality.FRACTURED.value
    return CoreQuality.GOOD.value


isotope_run = task_flow("f/glacier/isotope_run", timeout=7200)


@task()
async def archive_section(core_id: str, section_m: float, grade: str) -> None:
    httpx.post(f"{LAB_API}/archive", json={"core": core_id, "at": section_m, "grade": grade}).raise_for_status()


@workflow
async def main(core_id: str, sections_m: list[float]):
    analysed, archived = [], []
    for at in sections_m:
        quality = CoreQuality(await grade_core(core_id, at))
        if quality == CoreQuality.GOOD:
            analysed.append(await isotope_run(core_id=core_id, section_m=at))
        else:
            await archive_section(core_id, at, quality.value)
            archived.append(at)
    log.info("core %s: %d analysed, %d archived", core_id, len(analysed), len(archived))
    return {"analysed": analysed, "archived": archived}
