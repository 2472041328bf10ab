def main(okta: dict, email: str):
    return {
        "github_login": email.split("@")[0],
        "slack_id": "U000",
        "manager_email": "manager@example.com",
    }
