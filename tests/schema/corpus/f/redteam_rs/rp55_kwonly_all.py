async def main(*, a: int, b: str = "b", c):
    return a
