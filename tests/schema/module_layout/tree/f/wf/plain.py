def main(name: str, count: int = 2):
    return name * count
