# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; files opened and written in a `with` stack of the body are rewritten each round.
import csv
import json

from wmill import task, workflow


@task()
async def fetch_orders(day: str) -> list[dict]:
    return [{"id": 1, "total": 10}]


@workflow
async def main(day: str, out_dir: str = "/tmp"):
    orders = await fetch_orders(day)
    with open(f"{out_dir}/{day}.csv", "w", newline="") as fh, open(f"{out_dir}/{day}.json", "w") as js:  # expect: WAC101
        writer = csv.DictWriter(fh, fieldnames=["id", "total"])
        writer.writerows(orders)
        json.dump(orders, js)
    return {"rows": len(orders)}
