# SDK: no wmill import; the team's "one import" facade re-exporting the helpers
from f.common.http import build_headers, encode
from f.common.http import post_json as send_json

from f.common.tasks import charge_card, send_slack

from .clock import stable_id, utc_stamp

__all__ = [
    "build_headers",
    "charge_card",
    "encode",
    "send_json",
    "send_slack",
    "stable_id",
    "utc_stamp",
]
