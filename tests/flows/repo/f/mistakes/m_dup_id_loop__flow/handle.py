def main(item: dict, index: int):
    return {"index": index, **item}
