# SDK: wmill 1.850.0 replays the body: the executor is built again (no thread yet) and pool.map starts threads again on every replay.
from concurrent.futures import ThreadPoolExecutor
from wmill import workflow

def work(x):
    return x

@workflow
async def main(xs: list[int]):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(work, xs))  # expect: WAC101
