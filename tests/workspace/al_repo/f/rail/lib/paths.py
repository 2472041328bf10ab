"""Where the ops scripts live."""

OPS = "f/rail_ops"
SCRIPTS = {
    "notify": f"{OPS}/notify_passengers",
    "roster": f"{OPS}/crew_roster",
    "close_track": f"{OPS}/close_track",
}
DISRUPTION_FLOW = "f/ops/disruption"
