# SDK: wmill 1.850.0 step() checkpoints the clock and the environment read once; match arms that await tasks are keyed in call order
import os
import time

from wmill import task, step, workflow


@task()
async def read_inverters(site: str) -> list[dict]:
    import httpx

    r = httpx.get(f"https://scada.sunfield.example/sites/{site}/inverters", timeout=30)
    r.raise_for_status()
    return r.json()


@task()
async def derate(site: str, inverter_id: str, pct: int) -> dict:
    import httpx

    r = httpx.post(f"https://scada.sunfield.example/inverters/{inverter_id}/setpoint", json={"pct": pct}, timeout=30)
    return r.json()


@task()
async def open_ticket(site: str, inverter_id: str, fault: str) -> str:
    import httpx

    r = httpx.post("https://om.sunfield.example/tickets", json={"site": site, "inv": inverter_id, "fault": fault})
    return r.json()["id"]


@workflow
async def main(site: str, mode: str = "normal"):
    inverters = await read_inverters(site)
    now = await step("now", lambda: int(time.time()))
    region = await step("region", lambda: os.environ.get("WM_REGION", "us-west"))
    actions = []
    for inv in inverters:
        match mode:
            case "curtail":
                actions.append(await derate(site, inv["id"], 60))
            case "maintenance":
                continue
            case _:
                pass

        match inv:
            case {"fault": str(code)} if code.startswith("GFDI"):
                actions.append(await open_ticket(site, inv["id"], code))
            case {"temp_c": float(t)} if t > 75:
                actions.append(await derate(site, inv["id"], 80))
            case {"last_seen": int(ts)} if now - ts > 900:
                actions.append(await open_ticket(site, inv["id"], "comms_loss"))
            case _:
                actions.append({"inv": inv["id"], "ok": True, "region": region})
    return {"site": site, "actions": actions}
