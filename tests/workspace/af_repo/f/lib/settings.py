"""Settings every pipeline reads: fetched once, when the module is imported."""

import wmill

SLACK_WEBHOOK = wmill.get_variable("f/lib/slack_webhook")
ALERT_CHANNEL = "#data-alerts"
MAX_LAG_HOURS = 6
