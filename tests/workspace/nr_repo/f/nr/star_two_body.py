from wmill import workflow

from f.lib.star_all import *
from f.lib.star_quiet import *


@workflow
async def main(url: str, text: str):
    # star_quiet's `__all__` leaves its `notify` out: star_all's posts
    code = notify(url, quiet_label(text))  # expect: WAC101
    return code
