# SDK: wmill 1.850.0 client.py: replay only re-runs the body; a pure in-memory `.execute()` of the script's own class does no I/O.
from dataclasses import dataclass, field

from wmill import task, workflow


@dataclass
class MigrationPlan:
    steps: list[str] = field(default_factory=list)

    def add(self, name: str) -> "MigrationPlan":
        self.steps.append(name)
        return self

    def execute(self) -> list[str]:
        # resolve the order only: the real work is done by the tasks below
        return sorted(self.steps, key=lambda s: (not s.startswith("schema"), s))


@task(timeout=1800)
async def run_migration(migration: str) -> str:
    return f"{migration}: ok"


@workflow
async def main(names: list[str]):
    plan = MigrationPlan()
    for n in names:
        plan.add(n)
    results = []
    for name in plan.execute():
        results.append(await run_migration(name))
    return results
