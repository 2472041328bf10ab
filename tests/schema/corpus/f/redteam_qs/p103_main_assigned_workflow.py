from wmill import workflow


async def inner(a: int, b: str = "s"):
    return a


main = workflow(inner)
