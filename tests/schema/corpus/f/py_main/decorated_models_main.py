from pydantic import BaseModel
class X:
    def main(self, q: int): pass
@decorator
def main(b: str):
    pass
