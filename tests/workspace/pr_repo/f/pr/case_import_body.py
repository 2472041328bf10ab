from wmill import workflow

from f.Common.slack import SlackNotifier  # expect: WAC403
from f.common.quiet import QuietNotifier


@workflow
async def main(text: str):
    return [QuietNotifier().send(text), SlackNotifier]
