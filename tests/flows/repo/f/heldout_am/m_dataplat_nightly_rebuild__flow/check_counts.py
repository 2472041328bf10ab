def main(snapshots: list):
    empty = [s["table"] for s in snapshots if s["rows"] == 0]
    return {"empty": empty, "ok": not empty}
