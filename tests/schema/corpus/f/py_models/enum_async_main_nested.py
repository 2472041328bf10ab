from enum import Enum

class E(Enum):
    A = "a"

async def main(e: E):
    async def inner():
        pass
    def inner2():
        pass
