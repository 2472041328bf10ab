# SDK: wmill 1.850.0 client.py task(): the result crosses as JSON and json.dumps turns int keys into strings; the body's counts.get(500, 0) is always 0 after the round trip.
from collections import Counter

from wmill import task, workflow


@task()
async def tally_status_codes(log_path: str) -> dict[int, int]:
    codes = [200, 200, 500, 404, 500]
    return dict(Counter(codes))  # expect: WAC107


@task()
async def page_oncall(errors: int) -> str:
    return f"paged for {errors} errors"


@workflow
async def main(log_path: str, threshold: int = 1):
    counts = await tally_status_codes(log_path)
    errors = counts.get(500, 0)
    if errors >= threshold:
        return await page_oncall(errors)
    return "quiet"
