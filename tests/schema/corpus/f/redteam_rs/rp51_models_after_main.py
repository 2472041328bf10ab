from pydantic import BaseModel
from dataclasses import dataclass


def main(user: "User", items: list["Item"] = [], maybe: "Item | None" = None):
    return user


class User(BaseModel):
    name: str
    model_config = {"extra": "forbid"}

    class Config:
        frozen = True

    @property
    def upper(self) -> str:
        return self.name.upper()

    def method(self, x: int) -> int:
        return x


@dataclass
class Item:
    sku: str
    qty: int = 1
