from pydantic import BaseModel

async def main(a: int):
    pass
