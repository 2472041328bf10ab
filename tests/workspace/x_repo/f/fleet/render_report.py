# SDK: none; a plain script the workflows and the nightly flow reach by path
import json


def main(fleet_id: str, day: str, currency: str = "EUR"):
    rows = [{"fleet": fleet_id, "day": day, "currency": currency}]
    return {"html": "<table>" + json.dumps(rows) + "</table>"}
