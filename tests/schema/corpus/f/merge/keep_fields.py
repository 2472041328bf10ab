def main(name: str, count: int = 1, flag: bool = False):
    pass
