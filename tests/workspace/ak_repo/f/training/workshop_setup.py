"""Set up a training workshop: reserve nodes, make the student accounts, archive last run's data."""

from wmill import step, workflow

from f.rcc.lib.backends import BACKENDS
from f.rcc.lib.clusters import Cluster
from f.rcc.lib.gathering import settle_all
from f.rcc.lib.training_tasks import make_accounts, reserve_node
from f.rcc.lib.webhooks import notify_ops, render_ops


@workflow
async def main(course: str, seats: int, nodes: list[str], last_run: str, tier: str = "tape"):
    cluster = Cluster.from_env()  # expect: WAC102
    reserved = await settle_all([reserve_node(n) for n in nodes])  # expect: WAC201
    accounts = await make_accounts(course, seats)
    archived = BACKENDS[tier]().archive(last_run)  # expect: WAC101
    line = render_ops({"course": course, "seats": seats})
    notify_ops({"course": course, "cluster": cluster.name, "accounts": len(accounts)})  # expect: WAC101
    await step("summary", lambda: {"line": line, "archived": archived})
    return {"reserved": len(reserved), "accounts": accounts}
