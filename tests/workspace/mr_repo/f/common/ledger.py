import json


class Ledger:
    def __init__(self, name: str):
        self.name = name
        self.rows: list[dict] = []

    def total(self) -> float:
        return sum(row["amount"] for row in self.rows)

    def flush(self, folder: str) -> None:
        with open(f"{folder}/{self.name}.json", "w") as handle:
            json.dump(self.rows, handle)


def main(name: str):
    return Ledger(name).total()
