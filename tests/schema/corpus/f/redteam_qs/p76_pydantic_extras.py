from pydantic import BaseModel, ConfigDict, field_validator
from typing import Optional


class Base(BaseModel):
    id: int


class Item(Base):
    model_config = ConfigDict(extra="forbid")
    name: str
    price: float = 0.0
    parent: Optional["Item"] = None

    @field_validator("name")
    @classmethod
    def check(cls, v):
        return v

    class Config:
        frozen = True


def main(item: Item, items: list[Item] = []):
    return item
