def main(table: str, since: str = "1970-01-01"):
    return [{"table": table, "since": since}]
