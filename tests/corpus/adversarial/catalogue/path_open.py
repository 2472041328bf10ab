# SDK: wmill 1.850.0 client.py: file writes in the @workflow body are repeated on each replay round.
from pathlib import Path

from wmill import task, workflow

OUT = Path("/tmp/reports")


@task()
async def collect_metrics(service: str) -> dict:
    return {"service": service, "p95_ms": 210}


@workflow
async def main(services: list[str]):
    rows = [await collect_metrics(s) for s in services]
    target = OUT / "latency.csv"
    target.open("w").write("service,p95_ms\n" + "".join(f"{r['service']},{r['p95_ms']}\n" for r in rows))  # expect: WAC101
    return {"rows": len(rows), "file": str(target)}
