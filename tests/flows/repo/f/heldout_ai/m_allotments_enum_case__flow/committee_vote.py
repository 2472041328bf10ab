import wmill


def main(plot: str, candidate: str):
    urls = wmill.get_resume_urls()
    return {"plot": plot, "candidate": candidate, "approve": urls["approvalPage"]}
