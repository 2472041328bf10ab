from wmill import workflow

from f.lib.pure_fmt import _audit
from f.lib.star_all import *


@workflow
async def main(url: str):
    # `__all__` lists `_audit`, so the star import replaces the pure one
    _audit(url, "start")  # expect: WAC101
    return url
