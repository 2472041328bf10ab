import requests
import wmill


def main(account_id: str, statement_date: str, bank: str = "sepa-main") -> dict:
    creds = wmill.get_resource(f"f/ops/bank_{bank}")
    resp = requests.get(
        f"{creds['base_url']}/accounts/{account_id}/statements/{statement_date}",
        headers={"Authorization": f"Bearer {creds['token']}"},
        timeout=60,
    )
    resp.raise_for_status()
    lines = resp.json()["lines"]
    return {
        "account_id": account_id,
        "date": statement_date,
        "lines": lines,
        "closing_minor": sum(int(line["amount_minor"]) for line in lines),
    }
