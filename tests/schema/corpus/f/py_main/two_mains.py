def main(a: int):
    pass

def main(b: str):
    pass
