# SDK: wmill 1.850.0: a boto3 client built at import does no request; only tasks call it; tasks get keys in call order; bytes stay inside the task
import csv
import io
from datetime import datetime, timezone

import boto3
from wmill import step, task, workflow

s3 = boto3.client("s3", region_name="eu-west-1")
BUCKET = "depot-weighbridge"
TARE_KG = {"skip_truck": 7_800, "hooklift": 11_200, "van": 2_100}


def parse_tickets(text: str) -> list[dict]:
    rows = csv.DictReader(io.StringIO(text))
    return [
        {
            "ticket": r["ticket"],
            "vehicle": r["vehicle"],
            "gross_kg": int(r["gross_kg"]),
            "material": r["material"].strip().lower(),
        }
        for r in rows
    ]


def net_weight(t: dict) -> int:
    return max(0, t["gross_kg"] - TARE_KG.get(t["vehicle"], 0))


@task()
async def download_day(day: str) -> str:
    obj = s3.get_object(Bucket=BUCKET, Key=f"raw/{day}.csv")
    return obj["Body"].read().decode("utf-8")


@task()
async def write_summary(day: str, summary: dict, generated_at: str) -> str:
    body = "\n".join(f"{k},{v}" for k, v in summary.items())
    key = f"summary/{day}.csv"
    s3.put_object(Bucket=BUCKET, Key=key, Body=body.encode(), Metadata={"generated-at": generated_at})
    return key


@workflow
async def main(day: str):
    text = await download_day(day)
    tickets = parse_tickets(text)
    by_material: dict[str, int] = {}
    for t in sorted(tickets, key=lambda t: t["ticket"]):
        by_material[t["material"]] = by_material.get(t["material"], 0) + net_weight(t)
    generated_at = await step("generated_at", lambda: datetime.now(timezone.utc).isoformat(timespec="seconds"))
    key = await write_summary(day, by_material, generated_at)
    return {"tickets": len(tickets), "by_material": by_material, "key": key}
