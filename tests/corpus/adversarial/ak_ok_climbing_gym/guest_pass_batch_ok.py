# SDK: wmill 1.850.0: keyword dicts unpacked into a task call match its parameters; `except BaseException` that logs and re-raises lets the suspension through; zip(strict=True) of gathered results
import asyncio
import logging

from wmill import task, task_script, workflow

log = logging.getLogger("guest_pass")

render_pass = task_script("f/gym/render_guest_pass", timeout=120)


@task()
async def create_pass(member_id: str, guest_name: str, valid_on: str, wall_access: list[str]) -> dict:
    import requests

    r = requests.post(
        "https://members.example-crag.io/api/guest-passes",
        json={"member": member_id, "guest": guest_name, "on": valid_on, "walls": wall_access},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(member_id: str, guests: list[str], valid_on: str, walls: list[str] = ["bouldering"]):
    base = {"member_id": member_id, "valid_on": valid_on, "wall_access": sorted(walls)}
    names = [s.title() for g in guests if (s := g.strip())]
    try:
        passes = await asyncio.gather(*[create_pass(guest_name=n, **base) for n in names])
    except BaseException:
        log.warning("guest pass batch for %s interrupted or failed", member_id)
        raise
    finally:
        log.info("guest pass batch for %s: %d names", member_id, len(names))
    pdfs = []
    for name, p in zip(names, passes, strict=True):
        pdfs.append(await render_pass(pass_id=p["id"], guest=name))
    return {"passes": [p["id"] for p in passes], "pdfs": pdfs}
