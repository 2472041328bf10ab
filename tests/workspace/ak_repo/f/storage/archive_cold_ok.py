"""Move a finished project's data to cold storage and tell the PI."""

import asyncio

from wmill import step, task_flow, task_script, workflow

from f.rcc.lib.channels import LogNotifier, MailNotifier
from f.rcc.lib.paths import Flows, Scripts
from f.rcc.lib.tasks import stage_in

archive = task_flow(Flows.ARCHIVE)
set_quota = task_script(Scripts.SET_QUOTA)


@workflow
async def main(project: str, pi_email: str, paths: list[str], dtn_nodes: list[str]):
    staged, quota = await asyncio.gather(
        stage_in(project, paths),
        set_quota(project=project, tib=0, tier="project"),
    )
    result = await archive(project=project, tier="cold")
    LogNotifier().notify("rcc-ops", f"{project}: {len(dtn_nodes)} DTNs")
    await step("mail_pi", lambda: MailNotifier().notify(pi_email, f"{project} moved to cold storage"))
    return {"staged": staged, "quota": quota, "archive": result}
