from pydantic import BaseModel
class M(BaseModel):
    a: int
class M(BaseModel):
    b: str
def main(m: M):
    pass
