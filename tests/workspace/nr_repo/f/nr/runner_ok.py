import wmill


def main(table: str):
    return wmill.run_script_by_path("f/nr/targets/load", args={"table": table, "limit": 5})
