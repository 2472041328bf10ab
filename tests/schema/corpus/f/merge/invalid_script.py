from pydantic import BaseModel

def main(a: int):
    pass

this is not python (
