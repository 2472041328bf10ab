async def preprocessor(body: dict, headers: dict = {}):
    return {"a": 1}

def main(a: int, b: str = "x"):
    return a
