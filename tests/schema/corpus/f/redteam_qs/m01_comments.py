def main(name: str, count: int = 5, verbose: bool = False):
    return name
