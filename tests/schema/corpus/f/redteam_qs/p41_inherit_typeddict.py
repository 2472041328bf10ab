from typing_extensions import TypedDict, Literal


class Base(TypedDict):
    id: str


class Child(Base):
    kind: Literal["a", "b"]
    score: float


def main(child: Child, kind: Literal["x"] = "x"):
    return child
