def main(a: str):
    pass
