from dataclasses import dataclass, field, KW_ONLY


@dataclass(frozen=True)
class Job:
    name: str
    _: KW_ONLY
    retries: int = field(default=3)
    tags: list = field(default_factory=lambda: ["x"])


def main(job: Job):
    return job
