from wmill import workflow

from f.common import paths, registry
from f.common.paths import ROOT as BASE
from f.common.slack import Notifier


@workflow
async def main(text: str):
    return [paths.SCORE, BASE, sorted(registry.HANDLERS), Notifier().render(text)]
