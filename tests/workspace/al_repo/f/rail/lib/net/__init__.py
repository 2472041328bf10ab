"""HTTP plumbing for the operator's upstream systems (GTFS feeds, the infra manager)."""

from .http import Feed, fetch_json, post_json  # noqa: F401
