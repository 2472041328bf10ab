# SDK: wmill 1.850.0 client.py: the body reruns in every round; assigning a property runs its @setter, and this one PUTs the maintenance mode to the status page from the body.
import requests
from wmill import task, workflow


class StatusPage:
    def __init__(self, api: str, component: str) -> None:
        self.api = api
        self.component = component
        self._status = "operational"

    @property
    def status(self) -> str:
        return self._status

    @status.setter
    def status(self, value: str) -> None:
        requests.put(f"{self.api}/components/{self.component}", json={"status": value}, timeout=10)
        self._status = value


@task(timeout=3600)
async def run_maintenance(component: str) -> str:
    return "done"


@workflow
async def main(api: str, component: str):
    page = StatusPage(api, component)
    page.status = "under_maintenance"  # expect: WAC101
    return await run_maintenance(component)
