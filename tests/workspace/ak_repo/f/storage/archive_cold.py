"""Move a finished project's data to cold storage and tell the PI."""

import asyncio

from wmill import step, task_flow, workflow

from f.rcc.lib.channels import MailNotifier
from f.rcc.lib.paths import Flows
from f.rcc.lib.tasks import set_quota, stage_in

from .fmt import node_list  # expect: WAC403

archive = task_flow(Flows.ARCHIVE)


@workflow
async def main(project: str, pi_email: str, paths: list[str], dtn_nodes: list[str]):
    staged, quota = await asyncio.gather(
        stage_in(project, paths),
        set_quota(project=project, tib=0, reason="archived"),  # expect: WAC402
    )
    result = await archive(project=project, tier="cold")
    await step("dtn", lambda: node_list(dtn_nodes))
    mailer = MailNotifier()
    mailer.notify(pi_email, f"{project} moved to cold storage")  # expect: WAC101
    return {"staged": staged, "quota": quota, "archive": result}
