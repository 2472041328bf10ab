def main(record: dict, labels: list[str]):
    return {"stored": True, **record, "labels": labels}
