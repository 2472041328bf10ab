from wmill import workflow

from ...common.quiet import QuietNotifier
from ..targets.score import main as score_main


@workflow
async def main(text: str):
    shown = QuietNotifier().send(text)
    return [shown, score_main(values=[len(text)])]
