# SDK: wmill 1.850.0 client.py task_script(path) dispatches the script as a checkpointed child job once; replays read its result.
from wmill import sleep, task_script, workflow

build_report = task_script("f/reports/build")


@workflow
async def main(report_day: str):
    result = await build_report(day=report_day)
    await sleep(600)
    return result
