"""One import line for workflows: the SDK's names plus our shared tasks."""

from wmill import step, task, wait_for_approval, workflow

from f.platform.tasks import health_check as probe
from f.platform.tasks import restart_service as bounce

__all__ = ["step", "task", "wait_for_approval", "workflow", "probe", "bounce"]
