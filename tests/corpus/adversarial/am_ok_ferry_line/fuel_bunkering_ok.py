# SDK: wmill 1.850.0: task_script with a path and options; step() values are JSON (dict of str/float); a while loop bounded by a counter and durable sleep
from wmill import sleep, step, task, task_script, workflow

order_fuel = task_script("f/ferry/order_bunker_fuel", timeout=900, tag="ops")
tank_level = task_script("f/ferry/read_tank_level")

TARGET_PCT = 85.0
POLL_S = 600
MAX_POLLS = 18


@task()
async def price_quote(port: str, tonnes: float) -> dict:
    import requests

    r = requests.get("https://fuel.example-ferry.io/quote", params={"port": port, "t": tonnes}, timeout=20)
    r.raise_for_status()
    q = r.json()
    return {"supplier": q["supplier"], "usd_per_t": float(q["usd_per_t"]), "valid_until": q["valid_until"]}


def tonnes_needed(level_pct: float, capacity_t: float) -> float:
    return round(max(0.0, (TARGET_PCT - level_pct) / 100.0 * capacity_t), 1)


@workflow
async def main(vessel: str, port: str, capacity_t: float):
    level = await tank_level(vessel=vessel)
    need = tonnes_needed(level["pct"], capacity_t)
    if need == 0:
        return {"ordered": False, "level": level["pct"]}
    quote = await price_quote(port, need)
    order = await order_fuel(vessel=vessel, port=port, tonnes=need, supplier=quote["supplier"])
    polls = 0
    while polls < MAX_POLLS:
        level = await tank_level(vessel=vessel)
        if level["pct"] >= TARGET_PCT - 1:
            break
        polls += 1
        await sleep(POLL_S)
    cost = await step("cost", lambda: {"usd": round(need * quote["usd_per_t"], 2), "tonnes": need})
    return {"ordered": True, "order": order, "cost": cost, "final_pct": level["pct"], "polls": polls}
