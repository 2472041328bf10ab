# SDK: wmill 1.850.0 client.py: the body reruns in every round; this @setter only validates and stores the value, and the status page is updated by a task.
from wmill import task, workflow

STATUSES = ("operational", "under_maintenance", "degraded")


class Change:
    def __init__(self, component: str) -> None:
        self.component = component
        self._status = "operational"

    @property
    def status(self) -> str:
        return self._status

    @status.setter
    def status(self, value: str) -> None:
        if value not in STATUSES:
            raise ValueError(value)
        self._status = value


@task()
async def set_status(api: str, component: str, status: str) -> bool:
    return True


@task(timeout=3600)
async def run_maintenance(component: str) -> str:
    return "done"


@workflow
async def main(api: str, component: str):
    change = Change(component)
    change.status = "under_maintenance"
    await set_status(api, change.component, change.status)
    return await run_maintenance(component)
