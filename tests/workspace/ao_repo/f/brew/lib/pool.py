"""Which fermenter holds which batch, kept in memory by the scheduler."""

_CLAIMS: dict[str, str] = {}
TALLY = {"claims": 0}


def claim(vessel: str, batch_id: str) -> None:
    _CLAIMS[vessel] = batch_id
    TALLY["claims"] += 1


def holder(vessel: str) -> str | None:
    return _CLAIMS.get(vessel)


def free_vessels(vessels: list[str]) -> list[str]:
    return [v for v in vessels if v not in _CLAIMS]
