# SDK: wmill 1.850.0 client.py: the body reruns in every round; this dict subclass's __missing__ only returns a default built from the key, so a subscript of it is pure.
from wmill import task, workflow


class Defaults(dict):
    def __missing__(self, key: str) -> dict:
        return {"name": key, "enabled": False}


@task()
async def configure(feature: str, settings: dict) -> bool:
    return True


@workflow
async def main(feature: str, overrides: dict):
    table = Defaults(overrides)
    return await configure(feature, table[feature])
