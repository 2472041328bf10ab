# SDK: wmill 1.850.0 client.py: the body reruns in every round; this __contains__ tests a frozenset built from main's input, with no I/O, so the branch is the same every round.
from wmill import task, workflow


class Blocklist:
    def __init__(self, domains: list) -> None:
        self.domains = frozenset(d.lower() for d in domains)

    def __contains__(self, email: object) -> bool:
        return str(email).rsplit("@", 1)[-1].lower() in self.domains


@task()
async def send_welcome(email: str) -> str:
    return "sent"


@workflow
async def main(email: str, blocked_domains: list):
    if email in Blocklist(blocked_domains):
        return "blocked"
    return await send_welcome(email)
