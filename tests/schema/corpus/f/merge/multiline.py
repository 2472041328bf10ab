def main(text: str, n: int = 2):
    pass
