from datetime import datetime, date
from enum import Enum
from typing import Any, Dict, List, Literal, Optional

from pydantic import BaseModel, Field
import wmill


class Priority(str, Enum):
    LOW = "low"
    HIGH = "high"


class Attachment(BaseModel):
    file: wmill.S3Object
    name: Optional[str] = None


class Ticket(BaseModel):
    title: str = Field(..., description="Title", max_length=80)
    kind: Literal["bug", "feature"] = "bug"
    maybe_kind: Optional[Literal["a", "b"]] = None
    kinds: List[Literal["x", "y"]] = []
    priority: Priority = Priority.LOW
    due: Optional[date] = None
    created: datetime
    meta: Dict[str, Any] = {}
    attachments: List[Attachment] = Field(default_factory=list)
    score: float = 0.5
    count: int = Field(default=3, ge=0)
    flag: bool = False
    raw: bytes = b""


def main(ticket: Ticket, tickets: List[Ticket] = [], extra: Optional[Ticket] = None):
    return ticket
