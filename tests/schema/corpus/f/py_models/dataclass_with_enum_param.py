from dataclasses import dataclass
from enum import Enum

class Mode(str, Enum):
    FAST = "fast"
    SAFE = "safe"

@dataclass
class Job:
    id: int

def main(job: Job, mode: Mode = Mode.SAFE):
    pass
