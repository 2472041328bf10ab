"""Set up a training workshop: reserve nodes, make the student accounts, archive last run's data."""

from wmill import step, task, workflow

from f.rcc.lib.backends import BACKENDS
from f.rcc.lib.clusters import Cluster
from f.rcc.lib.gathering import run_all
from f.rcc.lib.training_tasks import make_accounts, reserve_node
from f.rcc.lib.webhooks import notify_ops, render_ops


@task()
async def archive_last_run(tier: str, path: str) -> dict:
    return BACKENDS[tier]().archive(path)


@workflow
async def main(course: str, seats: int, nodes: list[str], last_run: str, tier: str = "tape"):
    cluster = Cluster.named("greatlakes")
    api = await step("cluster_api", lambda: Cluster.from_env().api)
    reserved = await run_all([reserve_node(n) for n in nodes])
    accounts = await make_accounts(course, seats)
    archived = await archive_last_run(tier, last_run)
    line = render_ops({"course": course, "seats": seats})
    sent = await step("notify", lambda: notify_ops({"course": course, "cluster": cluster.name}))
    await step("summary", lambda: {"line": line, "archived": archived, "sent": sent, "api": api})
    return {"reserved": len(reserved), "accounts": accounts}
