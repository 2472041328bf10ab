# SDK: not an SDK matter: CPython hashes an int to its value (only str/bytes hashes are salted by PYTHONHASHSEED), so hash(int) is the same on every replay.
from wmill import workflow

@workflow
async def main(x: int):
    bucket = hash(x) % 10
    return bucket
