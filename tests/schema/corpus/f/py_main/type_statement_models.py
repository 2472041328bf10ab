from pydantic import BaseModel
type X = int
def main(a: int):
    pass
