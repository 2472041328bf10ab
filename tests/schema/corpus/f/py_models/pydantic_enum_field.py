from pydantic import BaseModel
from enum import Enum
class E(str, Enum):
    A = "a"
class M(BaseModel):
    e: E
    l: list[E]
def main(m: M, e: E):
    pass
