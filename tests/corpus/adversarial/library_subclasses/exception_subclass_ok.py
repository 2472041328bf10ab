# SDK: wmill 1.850.0 client.py: the body replays from the top; subclasses of `Exception` / `ValueError` and `json.JSONEncoder` only build objects and format text in memory.
import json
from datetime import date

from wmill import task, workflow


class QuotaExceeded(ValueError):
    def __init__(self, used: int, limit: int):
        super().__init__(f"{used} > {limit}")
        self.used = used


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return o.isoformat()
        return super().default(o)


@task()
async def usage(account: str) -> int:
    return 3


@workflow
async def main(account: str, limit: int, day: str):
    used = await usage(account)
    if used > limit:
        raise QuotaExceeded(used, limit)
    return DateEncoder().encode({"account": account, "day": date.fromisoformat(day)})
