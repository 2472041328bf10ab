# SDK: wmill 1.850.0 client.py: the body reruns in every round; str.format and %-formatting call __str__, which here only joins the object's own fields.
from wmill import task, workflow


class RunTag:
    def __init__(self, name: str, build: int) -> None:
        self.name = name
        self.build = build

    def __str__(self) -> str:
        return f"{self.name}.{self.build}"


@task()
async def tag_release(repo: str, tag: str, note: str) -> str:
    return tag


@workflow
async def main(repo: str, name: str, build: int):
    tag = "release-{}".format(RunTag(name, build))
    note = "built as %s" % RunTag(name, build)
    return await tag_release(repo, tag, note)
