import datetime

import wmill


def main(network: str, flagged: list, checked: int):
    day = datetime.date.today().isoformat()
    wmill.set_variable(f"f/canal_ops/last_sweep_{network}", day)
    return {"day": day, "network": network, "checked": checked, "flagged": len(flagged)}
