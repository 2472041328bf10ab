# SDK: wmill 1.850.0 client.py: the body reruns in every round; `if window:` calls __bool__, which compares the clock against the window, so a later round can take the other branch.
from dataclasses import dataclass
from datetime import datetime, time

from wmill import sleep, task, workflow


@dataclass
class MaintenanceWindow:
    start: time
    end: time

    def __bool__(self) -> bool:
        now = datetime.now().time()
        return self.start <= now < self.end


@task()
async def restart(service: str) -> str:
    return f"restarted {service}"


@workflow
async def main(service: str):
    window = MaintenanceWindow(time(2, 0), time(4, 0))
    if not window:  # expect: WAC102
        await sleep(3600)
    return await restart(service)
