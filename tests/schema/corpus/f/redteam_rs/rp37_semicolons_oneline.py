import os; X = 1
def main(a: int = 1, b: str = "one;line"): return a; pass
