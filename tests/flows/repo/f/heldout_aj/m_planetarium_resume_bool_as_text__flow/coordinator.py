import wmill


def main(school: str, free_slots: list):
    urls = wmill.get_resume_urls()
    return {"school": school, "free_slots": free_slots, "page": urls["approvalPage"]}
