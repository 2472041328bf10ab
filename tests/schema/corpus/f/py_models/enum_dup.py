from enum import Enum

class Outer:
    class E(Enum):
        A = "a"

class E(Enum):
    A = "top"
    A = "dup"

def main(e: E):
    x = 1
