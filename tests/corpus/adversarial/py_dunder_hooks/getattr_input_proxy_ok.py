# SDK: wmill 1.850.0 client.py: the body reruns in every round with the same inputs; this __getattr__ reads a dict built from main's own input, so every round takes the same branch.
from wmill import task, workflow


class Flags:
    def __init__(self, values: dict) -> None:
        self._values = values

    def __getattr__(self, name: str) -> bool:
        if name.startswith("_"):
            raise AttributeError(name)
        return bool(self._values.get(name, False))


@task()
async def migrate(table: str, dry_run: bool) -> str:
    return table


@workflow
async def main(table: str, flags: dict):
    opts = Flags(flags)
    if opts.dry_run:
        return await migrate(table, True)
    return await migrate(table, False)
