from wmill import workflow

from f.common.plain_registry import JOBS


@workflow
async def main(name: str, payload: dict):
    return JOBS[name](payload)  # expect: WAC102
