def main(rows: list, title: str, extra: dict | None = None):
    return len(rows)
