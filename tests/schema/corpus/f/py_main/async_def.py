async def main(a: int):
    pass
