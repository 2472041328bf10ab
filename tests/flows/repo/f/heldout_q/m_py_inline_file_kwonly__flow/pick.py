def main(items: list, *, key: str):
    return [i[key] for i in items]
