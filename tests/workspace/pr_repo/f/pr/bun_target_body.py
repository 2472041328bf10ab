from wmill import task_script, workflow

from f.common.paths import NOTIFY, ROTATE

notify = task_script(NOTIFY)
rotate = task_script(ROTATE)


@workflow
async def main(channel: str, urgent: bool = False):
    a = await notify(channel=channel)  # expect: WAC402
    b = await notify(channel=channel, text="hi", urgent="yes")  # expect: WAC402
    c = await rotate(keep=3)  # expect: WAC402
    d = await notify(channel=channel, text="ok", urgent=urgent)
    return [a, b, c, d]
