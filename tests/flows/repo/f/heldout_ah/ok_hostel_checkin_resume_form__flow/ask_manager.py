import wmill


def main(guest: str, eta: str):
    urls = wmill.get_resume_urls()
    import requests

    requests.post(
        wmill.get_variable("f/hostel/manager_webhook"),
        json={"text": f"Late arrival: {guest} at {eta}", "approve": urls["resume"], "deny": urls["cancel"]},
        timeout=10,
    )
    return {"asked": True}
