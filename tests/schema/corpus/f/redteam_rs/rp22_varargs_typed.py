def main(first: str, *items: int, flag: bool = False, **extra: str):
    return first
