from dataclasses import dataclass, field

@dataclass
class Opts:
    name: str
    retries: int = 3
    tags: list[str] = field(default_factory=list)

def main(opts: Opts, dry_run: bool = False):
    pass
