"""Visit records and shift helpers shared by the clinic workflows."""

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cached_property


@dataclass
class Visit:
    patient_id: str
    reason: str
    notes: list[str] = field(default_factory=list)
    created_at: str = ""

    def __post_init__(self):
        if not self.created_at:
            self.created_at = datetime.now(timezone.utc).isoformat()

    def summary(self) -> str:
        return f"{self.patient_id}: {self.reason}"


@dataclass
class Referral:
    patient_id: str
    specialty: str
    urgent: bool = False

    def __post_init__(self):
        self.specialty = self.specialty.strip().lower()


class Shift:
    def __init__(self, nurse: str, starts_at: float, hours: int):
        self.nurse = nurse
        self.starts_at = starts_at
        self.hours = hours

    @cached_property
    def minutes_left(self) -> int:
        end = self.starts_at + self.hours * 3600
        return max(0, int((end - time.time()) // 60))

    @cached_property
    def label(self) -> str:
        return f"{self.nurse} ({self.hours}h)"


class Roster:
    # when this module was loaded: set again each time the workflow is replayed
    loaded_at = time.time()
    max_shift_hours = 12

    @classmethod
    def is_long(cls, hours: int) -> bool:
        return hours > cls.max_shift_hours
