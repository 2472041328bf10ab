import datetime

import wmill


def main(cave: str):
    ledger = wmill.get_resource("f/cheese/wheel_ledger")
    today = datetime.date.today()
    due = []
    for wheel in ledger["caves"][cave]:
        turned = datetime.date.fromisoformat(wheel["last_turned"])
        if (today - turned).days >= wheel["turn_every_days"]:
            due.append(wheel["id"])
    return due
