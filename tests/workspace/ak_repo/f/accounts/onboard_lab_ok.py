"""Onboard a new lab: cluster accounts for its members, then its scratch quota."""

from wmill import step, task_script, workflow

from f.rcc.lib.api import provision_account
from f.rcc.lib.models import Quota, su_for
from f.rcc.lib.people import lookup

set_scratch = task_script("f/rcc_ops/set_quota")


@workflow
async def main(pi_uniqname: str, group: str, members: list[str], scratch_tib: int = 10, cores: int = 36, hours: float = 10000.0):
    pi = await step("pi", lambda: lookup(pi_uniqname))
    for uid in members:
        await provision_account(uid=uid, pi_group=group)
    quota = Quota(project=group, tib=scratch_tib)
    await set_scratch(project=quota.project, tib=quota.tib)
    return {"pi": pi["cn"], "members": len(members), "su": su_for(cores, hours)}
