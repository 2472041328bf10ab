def main(a: int):
    pass
