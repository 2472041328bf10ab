"""The batch record every brewhouse script passes around."""

from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone


@dataclass
class Batch:
    batch_id: str
    recipe: str
    volume_l: float
    vessel: str = "FV1"
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def batch_code(batch_id: str, recipe: str, stamp: bool = False) -> str:
    """The code printed on the brew sheet; `stamp=True` adds when it was printed
    (added for the new label printer)."""
    code = f"{recipe[:3].upper()}-{batch_id}"
    if stamp:
        code += datetime.now(timezone.utc).strftime("-%y%m%d%H%M")
    return code


def from_row(row: dict) -> Batch:
    return Batch(
        batch_id=row["batch_id"],
        recipe=row["recipe"],
        volume_l=float(row["volume_l"]),
        vessel=row.get("vessel", "FV1"),
    )
