from enum import Enum
if True:
    class E(Enum):
        A = "a"

def main(e: E):
    x = 1
