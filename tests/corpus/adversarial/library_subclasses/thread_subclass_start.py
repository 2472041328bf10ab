# SDK: wmill 1.850.0 client.py: the body replays from the top; `Heartbeat` subclasses `threading.Thread`, and `start()` launches a new thread on every replay.
import threading
import time

from wmill import task, workflow


class Heartbeat(threading.Thread):
    def __init__(self, job: str):
        super().__init__(daemon=True)
        self.job = job

    def run(self) -> None:
        while True:
            print("alive", self.job)
            time.sleep(30)


@task()
async def crunch(job: str) -> int:
    return len(job)


@workflow
async def main(job: str):
    Heartbeat(job).start()  # expect: WAC101
    return await crunch(job)
