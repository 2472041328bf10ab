from typing import Optional


def main(jira: dict, team: str, since_days: int = 7, board: Optional[str] = None, *, verbose=False):
    return {"closed": 12, "opened": 9, "team": team, "board": board or team, "days": since_days}
