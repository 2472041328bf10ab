import wmill


def main(arm: str, flashed: str):
    urls = wmill.get_resume_urls()
    return {"arm": arm, "version": flashed, "approve": urls["approvalPage"]}
