"""One import for the small helpers: `from f.lib.kit import *`."""

from .clock import *  # noqa: F403
from .ids import *  # noqa: F403
