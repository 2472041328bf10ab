from wmill import workflow

from ...common.slack import SlackNotifier
from ..targets.jobs import main as jobs_main


@workflow
async def main(text: str):
    sent = SlackNotifier().send(text)  # expect: WAC101
    return [sent, jobs_main(queue=text)]
