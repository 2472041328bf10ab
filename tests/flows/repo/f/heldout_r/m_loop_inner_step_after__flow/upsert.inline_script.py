def main(orders: list, store: str):
    return {"count": len(orders), "store": store}
