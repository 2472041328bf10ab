"""Monthly SU digest per lab account, logged for the PI's dashboard."""

from wmill import step, workflow

from f.rcc.lib import slurm
from f.rcc.lib.channels import LogNotifier, MailNotifier
from f.rcc.lib.tasks import stage_in


@workflow
async def main(account: str, pi_email: str, month: str, export_paths: list[str]):
    parts = await step("partitions", lambda: slurm.cluster().partitions())
    staged = await stage_in(account, export_paths)
    text = f"{account} used {len(parts)} partitions in {month}; export rc={staged['rc']}"
    logged = LogNotifier().notify(pi_email, text)
    sent = await step("mail", lambda: MailNotifier().notify(pi_email, text))
    return {"account": account, "logged": logged, "sent": sent}
