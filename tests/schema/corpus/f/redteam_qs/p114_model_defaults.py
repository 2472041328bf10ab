from dataclasses import dataclass, field
from enum import Enum
from pydantic import BaseModel, Field


class Kind(str, Enum):
    A = "a"
    B = "b"


@dataclass
class Inner:
    k: Kind = Kind.A
    n: int = 0


class Config(BaseModel):
    inner: Inner = Field(default_factory=Inner)
    kinds: list[Kind] = [Kind.A]
    name: str = Field("x", alias="Name")


def main(config: Config = Config(), inner: Inner = Inner(), kind: Kind = Kind.B):
    return config
