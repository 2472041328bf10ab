from enum import Enum

class E(Enum):
    A = "a"
    B = "b"

def main(e: E = "b"):
    x = 1
