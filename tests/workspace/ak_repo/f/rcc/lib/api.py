"""What the account workflows import."""

from f.rcc.lib.tasks import provision as provision_account
from f.rcc.lib.tasks import purge, set_quota, stage_in, submit_batch

__all__ = ["provision_account", "purge", "set_quota", "stage_in", "submit_batch"]
