import wmill


def main(email: str, plot: str, site: str):
    urls = wmill.get_resume_urls()
    return {
        "to": email,
        "subject": f"Plot {plot} at {site} is yours if you want it",
        "accept_link": urls["approvalPage"],
    }
