from enum import Enum

class Level(Enum):
    LOW = "low"
    HIGH = "high"

def main(level: Level, note: str = ""):
    """Set the level.

    Args:
        level: how loud [low|high]
        note: free text
    """
