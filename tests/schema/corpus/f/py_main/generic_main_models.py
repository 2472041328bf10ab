from pydantic import BaseModel
def main[T](a: T):
    pass
