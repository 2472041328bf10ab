def preprocessor(x):
    return {"a": 1}

def main(a: int):
    pass
