"""What the workflows import: the clock under the names the ops team uses."""

from f.common.clock import season_day
from f.common.clock import today_local as local_day

__all__ = ["local_day", "season_day", "fmt_minutes"]


def fmt_minutes(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    return f"{hours}h{rest:02d}"
