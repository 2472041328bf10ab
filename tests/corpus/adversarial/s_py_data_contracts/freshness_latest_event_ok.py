# SDK: wmill 1.850.0 step() round-trips fn's result through JSON: an ISO string survives and is parsed back in the body; the reference time is an input, not the clock
from datetime import datetime, timedelta

from wmill import step, task, workflow


def latest_event_time(rows: list[dict]) -> str:
    return max(datetime.fromisoformat(r["emitted_at"]) for r in rows).isoformat()


@task(timeout=300)
async def tail_events(stream: str, limit: int) -> list[dict]:
    import boto3

    kinesis = boto3.client("kinesis")
    shard = kinesis.describe_stream(StreamName=stream)["StreamDescription"]["Shards"][0]["ShardId"]
    it = kinesis.get_shard_iterator(StreamName=stream, ShardId=shard, ShardIteratorType="LATEST")["ShardIterator"]
    records = kinesis.get_records(ShardIterator=it, Limit=limit)["Records"]
    return [{"emitted_at": r["ApproximateArrivalTimestamp"].isoformat(), "size": len(r["Data"])} for r in records]


@task()
async def raise_incident(stream: str, lag_minutes: float) -> None:
    import requests

    requests.post(
        "https://incidents.example.com/api/v1/incidents",
        json={"title": f"{stream} freshness contract broken", "lag_minutes": lag_minutes},
        timeout=10,
    ).raise_for_status()


@workflow
async def main(stream: str, max_lag_minutes: int = 15, reference: str = "2024-01-01T00:00:00+00:00"):
    rows = await tail_events(stream, 200)
    if not rows:
        await raise_incident(stream, -1.0)
        return {"stream": stream, "fresh": False}
    latest = datetime.fromisoformat(await step("latest_event", lambda: latest_event_time(rows)))
    lag = datetime.fromisoformat(reference) - latest
    fresh = lag <= timedelta(minutes=max_lag_minutes)
    if not fresh:
        await raise_incident(stream, lag.total_seconds() / 60)
    return {"stream": stream, "fresh": fresh}
