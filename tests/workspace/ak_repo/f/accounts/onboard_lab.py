"""Onboard a new lab: cluster accounts for its members, then its scratch quota."""

from wmill import step, workflow

from f.rcc.lib.api import provision_account, set_quota
from f.rcc.lib.directory import lookup
from f.rcc.lib.models import Allocation, su_for  # expect: WAC403


@workflow
async def main(pi_uniqname: str, group: str, members: list[str], scratch_tib: int = 10, cores: int = 36, hours: float = 10000.0):
    pi = await step("pi", lambda: lookup(pi_uniqname))
    for uid in members:
        await provision_account(uniqname=uid, pi_group=group)  # expect: WAC402
    await set_quota(group, scratch_tib, "new lab")  # expect: WAC402
    alloc = Allocation(project=group, pi=pi["mail"], su=su_for(cores, hours))
    return {"pi": pi["cn"], "members": len(members), "su": alloc.su}
