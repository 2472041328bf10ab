def main(café: str, 名前: int = 1, naïve: bool = True, Ωmega: float = 0.5):
    pass
