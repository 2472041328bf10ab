# SDK: none; this file is only read by local tooling (Windmill's loader never runs a folder's __init__.py)
"""Fleet helpers, re-exported so notebooks can `from f.lib import post_json`."""

from f.lib.clock import label, jitter
from f.lib.net import cached_rate, fetch_rate, post_json

__all__ = ["cached_rate", "fetch_rate", "jitter", "label", "post_json"]
