import wmill


def main(table: str):
    started = wmill.run_script_by_path("f/nr/targets/load", args={"limt": 3})  # expect: WAC402
    return {"table": table, "started": started}
