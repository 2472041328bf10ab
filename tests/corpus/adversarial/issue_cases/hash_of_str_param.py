# SDK: wmill 1.850.0 replays the body: hash() of a str changes between processes (PYTHONHASHSEED), and each replay may run in a new process.
from wmill import workflow

@workflow
async def main(x: str):
    bucket = hash(x) % 10  # expect: WAC102
    return bucket
