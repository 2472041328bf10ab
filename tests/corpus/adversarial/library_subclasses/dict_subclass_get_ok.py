# SDK: wmill 1.850.0 client.py: the body replays from the top; `Settings` subclasses `dict`, and its `get` / `update` read and change a dict in memory, the same on every replay.
from wmill import task, workflow


class Settings(dict):
    def flag(self, name: str) -> bool:
        return bool(self.get(name, False))


@task()
async def deploy(service: str, canary: bool) -> str:
    return f"{service}:{canary}"


@workflow
async def main(service: str, options: dict):
    settings = Settings(options)
    settings.update({"service": service})
    return await deploy(service, settings.flag("canary"))
