def main(rows: list, allow: list[str]):
    wanted = set(allow)
    return sorted(r["table_name"] for r in rows if r["table_name"] in wanted)
