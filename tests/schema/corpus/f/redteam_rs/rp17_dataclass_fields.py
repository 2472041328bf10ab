from dataclasses import dataclass, field
from typing import ClassVar


@dataclass(frozen=True)
class Config:
    host: str
    port: int = 5432
    opts: dict = field(default_factory=dict)
    retries: int = field(default=3)
    VERSION: ClassVar[str] = "1"
    _private: bool = False


@dataclass
class Wrapper:
    cfg: Config
    cfgs: list[Config] = field(default_factory=list)


def main(cfg: Config, w: Wrapper | None = None):
    return cfg
