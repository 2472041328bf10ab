def main(a: int, *args: str, flag: bool = True, **kwargs: int):
    return a
