from enum import Enum

class E(Enum):
    A = "a"
    B = B2 = "b"
    C = ("c")

def main(e: E = E.A, f: int = E.A, g: E = E.B2, h: list = [E.C]):
    x = 1
