"""A departure board snapshot."""

from dataclasses import dataclass, field


@dataclass
class Board:
    station: str
    lines: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"station": self.station, "lines": list(self.lines)}
