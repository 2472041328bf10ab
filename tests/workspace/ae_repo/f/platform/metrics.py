from datadog import statsd

PREFIX = "harbor."


def count(name: str, n: int = 1, **tags: str) -> None:
    statsd.increment(PREFIX + name, n, tags=[f"{k}:{v}" for k, v in sorted(tags.items())])


def tag_list(**tags: str) -> list[str]:
    return [f"{k}:{v}" for k, v in sorted(tags.items())]
