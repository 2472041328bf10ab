from wmill import task, workflow

from f.common.slack import SlackNotifier


@task()
async def noop(text: str) -> str:
    return text


@workflow
async def main(text: str):
    # f/common is not in this nested project: Windmill resolves the import against the
    # workspace, which wac-lint cannot see from here
    return [SlackNotifier, await noop(text=text)]
