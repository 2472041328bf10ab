from pydantic import BaseModel
f = lambda a=1, b: a
def main(a: int):
    pass
