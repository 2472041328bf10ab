# SDK: wmill 1.850.0 client.py: every round imports the module again; these decorators of the file only record the class or function in module dicts (the same in every process), and the wrapper one returns runs at each call, in the task.
import functools
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)
NOTIFIERS: dict = {}
TIMED: list = []


def register(cls):
    NOTIFIERS[cls.__name__.lower()] = cls
    return cls


def timed(fn):
    TIMED.append(fn.__name__)

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        log.info("calling %s", fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


@register
class SlackNotifier:
    channel = "#ops"


@timed
def render(text: str) -> str:
    return text.strip()


@task()
async def notify(channel: str, text: str) -> bool:
    return True


@workflow
async def main(text: str, kind: str = "slacknotifier"):
    return await notify(NOTIFIERS[kind].channel, render(text))
