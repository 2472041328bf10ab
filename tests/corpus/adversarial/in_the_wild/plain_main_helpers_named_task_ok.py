# SDK: wmill 1.850.0 client.py: a script that imports only wmill's resource helpers is a plain script; a local function called `task` is not the SDK's.
import wmill


def task(name: str) -> dict:
    """One row of the daily checklist."""
    return {"name": name, "done": False}


async def main(day: str, items: list[str]):
    db = wmill.get_resource("f/ops/checklist_db")
    rows = [task(i) for i in items]
    return {"day": day, "db_host": db.get("host"), "rows": rows}
