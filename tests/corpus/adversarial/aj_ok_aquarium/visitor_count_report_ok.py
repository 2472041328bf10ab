# SDK: wmill 1.850.0: a task's own body may read the clock and environment; it runs once as its own job
import csv
import io
import os
from collections import Counter
from datetime import datetime, timezone

import wmill
from wmill import task, workflow


@task()
async def fetch_turnstiles(day: str) -> list[dict]:
    token = wmill.get_variable("f/aquarium/turnstile_token")
    import requests

    r = requests.get(
        "https://gates.example-aquarium.org/api/counts",
        params={"day": day},
        headers={"Authorization": f"Bearer {token}"},
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["rows"]


@task()
async def store_report(day: str, body: str) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    path = f"reports/visitors/{day}/{stamp}-{os.environ.get('WM_JOB_ID', 'local')}.csv"
    wmill.write_s3_file(wmill.S3Object(s3=path), body.encode())
    return path


def to_csv(counts: Counter[str]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["gate", "visitors"])
    for gate, n in sorted(counts.items()):
        w.writerow([gate, n])
    return buf.getvalue()


@workflow
async def main(day: str):
    rows = await fetch_turnstiles(day)
    counts: Counter[str] = Counter()
    for row in rows:
        counts[row["gate"]] += int(row["count"])
    path = await store_report(day, to_csv(counts))
    busiest = counts.most_common(1)[0][0] if counts else None
    return {"path": path, "busiest_gate": busiest, "total": sum(counts.values())}
