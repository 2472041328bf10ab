"""Westbahn Regional operations helpers: feeds, fares, faults and the service-day clock."""

from .clock import service_day  # noqa: F401
from .net import fetch_json, post_json  # noqa: F401
