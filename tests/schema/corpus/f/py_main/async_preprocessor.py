async def preprocessor(x):
    pass

def main(a: int):
    pass
