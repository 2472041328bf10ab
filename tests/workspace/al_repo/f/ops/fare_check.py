"""Compare what a ticket machine quotes with the tariff and warn riders of the line on a mismatch."""

import httpx
from wmill import task, task_script, workflow

from f.rail.lib.fares import fare_now
from f.rail.lib.paths import SCRIPTS

notify = task_script(SCRIPTS["notify"])


@task()
async def machine_quote(machine_id: str, origin: str, dest: str) -> int:
    resp = httpx.get(f"https://tvm.westbahn-regional.at/api/{machine_id}/quote",
                     params={"from": origin, "to": dest}, timeout=10)
    return int(resp.json()["cents"])


@workflow
async def main(machine_id: str, line: str, origin: str, dest: str):
    expected = fare_now(origin, dest)  # expect: WAC102
    quoted = await machine_quote(machine_id, origin, dest)
    if quoted != expected:
        await notify(line=line, text=f"Ticket machine {machine_id} is out of order", severity="warn")  # expect: WAC402
    return {"machine": machine_id, "expected": expected, "quoted": quoted}
