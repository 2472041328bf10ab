# SDK: wmill 1.850.0 task_script(path) dispatches the script as a checkpointed child job; get_resource inside a task body runs once in that job
import wmill
from wmill import task, task_script, workflow

open_om_ticket = task_script("f/solar/open_om_ticket", timeout=300)


@task()
async def string_currents(site: str, combiner: str) -> list[float]:
    import httpx

    scada = wmill.get_resource("f/solar/scada_readonly")
    r = httpx.get(f"https://{scada['host']}/{site}/combiners/{combiner}/strings", timeout=30)
    return [float(s["amps"]) for s in r.json()]


@workflow
async def main(site: str, combiners: list[str], threshold_amps: float = 2.0):
    dead = []
    for combiner in combiners:
        currents = await string_currents(site, combiner)
        for idx, amps in enumerate(currents):
            if amps < threshold_amps:
                dead.append({"combiner": combiner, "string": idx, "amps": amps})

    if dead:
        ticket = await open_om_ticket(site=site, strings=dead)
        return {"site": site, "dead": len(dead), "ticket": ticket}
    return {"site": site, "dead": 0}
