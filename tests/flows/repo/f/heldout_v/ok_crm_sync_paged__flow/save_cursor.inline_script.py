from datetime import datetime, timezone

import wmill


def main(state_path: str):
    now = datetime.now(timezone.utc).isoformat()
    wmill.set_variable(state_path, now)
    return now
