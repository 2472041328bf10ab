from pydantic import BaseModel
import wmill
class M(BaseModel):
    b: str
def main(m: wmill.M, n: list[M], o: Optional[M], p: M | None = None):
    pass
