from pydantic import BaseModel
def main(a: int):
    x = f"{"nested"}"
