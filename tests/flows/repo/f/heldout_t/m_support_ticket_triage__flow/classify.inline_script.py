import re

OUTAGE = re.compile(r"\b(down|outage|500|unreachable|cannot log ?in)\b", re.I)
BILLING = re.compile(r"\b(invoice|refund|charge|billing)\b", re.I)


def main(subject: str, body: str):
    text = f"{subject}\n{body}"
    if OUTAGE.search(text):
        return {"category": "outage", "queue": "tier2"}
    if BILLING.search(text):
        return {"category": "billing", "queue": "billing"}
    return {"category": "general", "queue": "tier1"}
