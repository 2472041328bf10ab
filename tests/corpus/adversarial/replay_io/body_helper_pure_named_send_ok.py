# SDK: wmill 1.850.0 client.py: helpers named like I/O (send_message, fetch_rules) that only build data are pure body code.
from wmill import task, workflow

RULES = {"vip": 0.2, "default": 0.0}


def fetch_rules(tier: str) -> float:
    return RULES.get(tier, RULES["default"])


def send_message(name: str, discount: float) -> dict:
    return {"text": f"Hi {name}, your discount is {discount:.0%}"}


@task()
async def deliver(message: dict) -> bool:
    return True


@workflow
async def main(name: str, tier: str):
    return await deliver(send_message(name, fetch_rules(tier)))
