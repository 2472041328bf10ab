import requests
import wmill


def main(vendor_name: str):
    urls = wmill.get_resume_urls()
    slack = wmill.get_resource("f/procurement/slack_webhook")
    requests.post(
        slack["url"],
        json={
            "text": f"New vendor *{vendor_name}* needs legal and procurement sign-off: {urls['approvalPage']}"
        },
        timeout=10,
    )
    return {"approval_page": urls["approvalPage"]}
