def main(a: str = "x", b):
    pass
