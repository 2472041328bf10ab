# SDK: wmill 1.850.0 client.py: the body reruns in every round, each a new process; a __getattr__ proxy reading os.environ makes the branch depend on the worker's environment.
import os

from wmill import task, workflow


class Flags:
    def __getattr__(self, name: str) -> bool:
        return os.environ.get(f"FLAG_{name.upper()}", "0") == "1"


FLAGS = Flags()


@task()
async def migrate(table: str, dry_run: bool) -> str:
    return table


@workflow
async def main(table: str):
    if FLAGS.dry_run:  # expect: WAC102
        return await migrate(table, True)
    return await migrate(table, False)
