"""SRE platform helpers.

Convenience re-exports so workflows can write `from f.platform import pd, utcnow`.
"""

from . import pagerduty as pd
from .clock import utcnow

__all__ = ["pd", "utcnow"]
