from pydantic import BaseModel
if True:
    def main(a: int):
        pass
