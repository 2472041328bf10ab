# SDK: no wmill import; the team's "one import" facade re-exporting the helpers
from f.common.http import build_headers, encode
from f.common.http import post_json as send_json

from .clock import stable_id, utc_stamp

__all__ = ["build_headers", "encode", "send_json", "stable_id", "utc_stamp"]
