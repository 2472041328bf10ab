def main(a: str, b: str, c: str):
    pass
