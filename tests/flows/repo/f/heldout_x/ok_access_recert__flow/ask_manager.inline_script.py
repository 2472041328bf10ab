import wmill


def main(manager_email: str, user_email: str, app_name: str):
    urls = wmill.get_resume_urls(approver=manager_email)
    # the mail itself goes through the company relay
    return {"sent_to": manager_email, "approval_page": urls["approvalPage"], "user": user_email, "app": app_name}
