from wmill import step, workflow

from f.lib.pure_fmt import _audit
from f.lib.star_noall import *


@workflow
async def main(url: str, name: str):
    # Without `__all__` a star import skips `_audit`: the pure formatter stays bound.
    line = _audit(url, label(name))
    sent = await step("send", lambda: len(line))
    return sent
