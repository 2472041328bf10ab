from enum import Enum

class E(Enum):
    A = "a"

def main(e: list[E], f: int):
    pass
