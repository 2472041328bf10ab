def main(upserted: int, stores: int):
    return f"{upserted} orders from {stores} stores"
