import wmill


def main(vessel_name: str, window: dict):
    urls = wmill.get_resume_urls()
    return {
        "text": f"{vessel_name}: transit {window['opens']} - {window['closes']}",
        "approve": urls["approvalPage"],
    }
