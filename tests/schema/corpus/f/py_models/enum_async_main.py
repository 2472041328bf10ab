from enum import Enum

class E(Enum):
    A = "a"

async def main(e: E):
    x = 1
