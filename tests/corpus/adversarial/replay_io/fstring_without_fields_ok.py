# SDK: wmill 1.850.0 client.py _alloc_key: an f-string with no replacement fields is a constant name, the same on every replay.
from wmill import step, workflow


def load_config() -> dict:
    return {"retries": 3}


@workflow
async def main():
    config = await step(f"load_config", lambda: load_config())
    return config["retries"]
