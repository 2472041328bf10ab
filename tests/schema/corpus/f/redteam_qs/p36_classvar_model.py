from pydantic import BaseModel, Field
from typing import Annotated, ClassVar


class Settings(BaseModel):
    kind: ClassVar[str] = "settings"
    name: Annotated[str, Field(min_length=1)]
    level: int = 1
    _private: str = "x"


def main(settings: Settings):
    return settings
