from pydantic import BaseModel, Field
from typing import Optional


class Address(BaseModel):
    street: str = Field(..., description="Street")
    zip_code: str = Field(default="00000", alias="zip")
    number: Optional[int] = Field(None, ge=0)


class Person(BaseModel):
    name: str
    age: int = 0
    tags: list[str] = Field(default_factory=list)
    address: Address
    addresses: list[Address] = []
    nick: str | None = None


def main(person: Person, people: list[Person] = [], opt: Optional[Person] = None):
    return person
