from enum import Enum

class E(Enum):
    A = """x
y"""

def main(e: E):
    pass
