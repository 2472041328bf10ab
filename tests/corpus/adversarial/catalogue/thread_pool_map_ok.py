# SDK: wmill 1.850.0 replays the body: pool.map runs the pure `work` on threads again in every round, to the same result (round AH: not reported; marked WAC101 before)
from concurrent.futures import ThreadPoolExecutor
from wmill import workflow

def work(x):
    return x

@workflow
async def main(xs: list[int]):
    with ThreadPoolExecutor() as pool:
        return list(pool.map(work, xs))
