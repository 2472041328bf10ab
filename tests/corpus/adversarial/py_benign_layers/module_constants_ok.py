# SDK: wmill 1.850.0 client.py workflow(): every round re-imports the module, and these constants come from literals only (a fixed date, a tz database lookup, a compiled pattern, a seeded generator), so they are the same in every round.
import json
import random
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from wmill import task, workflow

PARIS = ZoneInfo("Europe/Paris")
LAUNCH = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
GRACE = timedelta(days=14)
SKU = re.compile(r"^[A-Z]{3}-\d{4}$")
DEFAULTS = json.loads('{"region": "eu-west-1", "batch": 100}')
REGIONS = tuple(sorted({"eu-west-1", "us-east-1", "ap-south-1"}))
SAMPLER = random.Random(20240301)
CANARY_SLOTS = SAMPLER.sample(range(100), 5)


@task()
async def publish(sku: str, region: str, canary: bool) -> str:
    return f"{sku}@{region}{'*' if canary else ''}"


@workflow
async def main(skus: list[str], opens_at: str):
    opens = datetime.fromisoformat(opens_at).astimezone(PARIS)
    late = opens > (LAUNCH + GRACE).astimezone(PARIS)
    out = []
    for i, sku in enumerate(s for s in skus if SKU.match(s)):
        for region in REGIONS:
            out.append(await publish(sku, region, canary=(i % 100) in CANARY_SLOTS))
    return {"published": out, "late": late, "batch": DEFAULTS["batch"]}
