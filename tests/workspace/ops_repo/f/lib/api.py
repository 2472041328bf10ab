"""The names the incident scripts import, gathered in one module."""

from f.lib.http import build_url, post  # re-exported

__all__ = ["build_url", "post"]
