# SDK: wmill 1.850.0 client.py: every round imports the module again; this __init_subclass__ only records the subclass in a module dict, the same in every process.
from wmill import task, workflow

PLUGINS: dict = {}


class Plugin:
    kind = "base"

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        PLUGINS[cls.kind] = cls


class SlackPlugin(Plugin):
    kind = "slack"
    channel = "#ops"


class EmailPlugin(Plugin):
    kind = "email"
    channel = "ops@example.com"


@task()
async def notify(kind: str, channel: str, text: str) -> bool:
    return True


@workflow
async def main(kind: str, text: str):
    plugin = PLUGINS[kind]
    return await notify(kind, plugin.channel, text)
