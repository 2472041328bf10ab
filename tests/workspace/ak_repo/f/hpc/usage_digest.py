"""Monthly SU digest per lab account, mailed to the PI."""

from wmill import step, workflow

from f.rcc.lib import cluster  # expect: WAC403
from f.rcc.lib.channels import MailNotifier
from f.rcc.lib.tasks import stage_in


@workflow
async def main(account: str, pi_email: str, month: str, export_paths: list[str]):
    parts = await step("partitions", lambda: cluster().partitions())
    staged = await stage_in(account, export_paths, verify=True)  # expect: WAC402
    text = f"{account} used {len(parts)} partitions in {month}; export rc={staged['rc']}"
    sent = MailNotifier().notify(pi_email, text)  # expect: WAC101
    return {"account": account, "sent": sent}
