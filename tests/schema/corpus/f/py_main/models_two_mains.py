from pydantic import BaseModel
def main(a: int):
    pass
def main(b: str):
    pass
