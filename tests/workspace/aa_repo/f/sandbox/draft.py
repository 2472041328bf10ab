# Scratch work, excluded from sync (see wmill.yaml).
import random


def pick_warehouse(candidates: list[str]) -> str:
    return random.choice(candidates)


def main(order_id: str):
    return {"order_id": order_id, "warehouse": pick_warehouse(["ber-1", "ham-2"])}
