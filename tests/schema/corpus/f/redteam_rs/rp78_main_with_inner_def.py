def main(a: int = 1, cb=lambda x=(1): x, d: str = "z"):
    def inner(q: int = 5):
        return q
    return inner(a)
