# SDK: wmill 1.850.0 client.py: replays re-run the body; formatting an explicit timestamp from the inputs gives the same text each time.
import time
from datetime import datetime, timezone

from wmill import task, workflow


@task()
async def post_summary(channel: str, text: str) -> bool:
    return True


@workflow
async def main(channel: str, window_start: int, window_end: int):
    day = time.strftime("%Y-%m-%d", time.gmtime(window_start))
    until = datetime.fromtimestamp(window_end, tz=timezone.utc).strftime("%H:%M")
    text = f"Summary for {day}, up to {until} UTC"
    await post_summary(channel, text)
    return text
