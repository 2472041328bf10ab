import requests
import wmill


def main(at_risk: list, cc: list[str]):
    mailgun = wmill.get_resource("f/cs/mailgun")
    sent = 0
    for acc in at_risk:
        requests.post(
            f"https://api.mailgun.net/v3/{mailgun['domain']}/messages",
            auth=("api", mailgun["api_key"]),
            data={
                "from": "churn-bot@acme.io",
                "to": acc["owner"],
                "cc": cc,
                "subject": f"Usage of {acc['account_id']} dropped {acc['drop']:.0%}",
                "text": "Please reach out this week.",
            },
            timeout=15,
        )
        sent += 1
    return {"sent": sent}
