# SDK: wmill 1.850.0 run_script_by_path posts a new job and waits on it (client.py run_script_by_path -> run_script_by_path_async + wait_job); get_resource GETs the resource; neither is checkpointed
import wmill
from wmill import task, workflow


@task()
async def string_currents(site: str, combiner: str) -> list[float]:
    import httpx

    r = httpx.get(f"https://scada.sunfield.example/{site}/combiners/{combiner}/strings", timeout=30)
    return [float(s["amps"]) for s in r.json()]


@workflow
async def main(site: str, combiners: list[str], threshold_amps: float = 2.0):
    scada = wmill.get_resource("f/solar/scada_readonly")  # expect: WAC101
    dead = []
    for combiner in combiners:
        currents = await string_currents(site, combiner)
        for idx, amps in enumerate(currents):
            if amps < threshold_amps:
                dead.append({"combiner": combiner, "string": idx, "amps": amps})

    if dead:
        ticket = wmill.run_script_by_path(  # expect: WAC101
            "f/solar/open_om_ticket",
            args={"site": site, "strings": dead, "scada_host": scada["host"]},
        )
        return {"site": site, "dead": len(dead), "ticket": ticket}
    return {"site": site, "dead": 0}
