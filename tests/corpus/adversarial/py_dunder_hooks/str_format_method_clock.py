# SDK: wmill 1.850.0 client.py: the body reruns in every round; str.format and %-formatting call the argument's __format__ / __str__, which here read the clock.
import time

from wmill import task, workflow


class RunTag:
    def __init__(self, name: str) -> None:
        self.name = name

    def __str__(self) -> str:
        return f"{self.name}@{int(time.time())}"


@task()
async def tag_release(repo: str, tag: str, note: str) -> str:
    return tag


@workflow
async def main(repo: str, name: str):
    tag = "release-{}".format(RunTag(name))  # expect: WAC102
    note = "built as %s" % RunTag(name)  # expect: WAC102
    return await tag_release(repo, tag, note)
