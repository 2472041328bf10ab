# SDK: wmill 1.850.0 client.py task(): the result crosses as JSON; string keys come back unchanged, so counts.get("500", 0) reads the same in every replay.
from collections import Counter

from wmill import task, workflow


@task()
async def tally_status_codes(log_path: str) -> dict[str, int]:
    codes = [200, 200, 500, 404, 500]
    return {str(code): n for code, n in Counter(codes).items()}


@task()
async def page_oncall(errors: int) -> str:
    return f"paged for {errors} errors"


@workflow
async def main(log_path: str, threshold: int = 1):
    counts = await tally_status_codes(log_path)
    errors = counts.get("500", 0)
    if errors >= threshold:
        return await page_oncall(errors)
    return "quiet"
