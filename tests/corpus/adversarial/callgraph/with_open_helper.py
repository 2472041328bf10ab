# SDK: wmill 1.850.0 client.py: a helper the @workflow body calls runs in the body; its file append happens again on every replay.
from wmill import task, workflow


def audit(line: str, path: str = "/var/log/acme/payouts.log") -> None:
    with open(path, "a") as fh:
        fh.write(line + "\n")


def payout_line(vendor: str, cents: int) -> str:
    return f"{vendor}\t{cents / 100:.2f}"


@task()
async def pay_vendor(vendor: str, cents: int) -> str:
    return f"po_{vendor}"


@workflow
async def main(payouts: dict[str, int]):
    receipts = {}
    for vendor, cents in payouts.items():
        receipts[vendor] = await pay_vendor(vendor, cents)
        audit(payout_line(vendor, cents))  # expect: WAC101
    return receipts
