# SDK: wmill 1.850.0 task_flow(path) dispatches the flow with the keywords as its inputs (nightly_reconcile takes region, month)
from wmill import step, task_flow, workflow

from f.common import tasks as common_tasks
from f.common.clock import next_business_day, utc_today

reconcile = task_flow("f/dispatch/nightly_reconcile")


@workflow
async def main(region: str, month: str, depot: dict):
    today = await step("today", lambda: utc_today())
    result = await reconcile(region=region, month=month)
    route = await common_tasks.plan_route(stops=result or [], depot=depot)
    return {"next": next_business_day(today), "route": route}
