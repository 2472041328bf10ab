import requests
import wmill


def main(employee: str, line_id: str, amount: float):
    urls = wmill.get_resume_urls()
    hook = wmill.get_variable("f/heldout_ang/finance_webhook")
    requests.post(
        hook,
        json={"text": f"{employee} claims {amount:.2f} EUR (line {line_id}): {urls['approvalPage']}"},
        timeout=15,
    )
    return {"asked": line_id}
