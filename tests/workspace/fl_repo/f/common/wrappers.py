import functools
import time

import requests
import wmill
from wmill import task


def _stamp() -> float:
    return time.time()


def _get(url: str) -> dict:
    return requests.get(url, timeout=5).json()


# wrapped functions: calling them runs the function they wrap
stamp = functools.lru_cache(maxsize=1)(_stamp)
get_doc = functools.partial(_get)

# tasks of a shared module: calling them dispatches a durable step
fetch_user = task()(_get)
fetch_org = wmill.task(_get)  # expect: WAC002


def main():
    return 1
