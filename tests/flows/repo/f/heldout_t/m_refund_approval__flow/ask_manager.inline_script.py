import wmill


def main(order: dict, requested: float):
    urls = wmill.get_resume_urls()
    return {
        "order_id": order["id"],
        "requested": requested,
        "approval_page": urls["approvalPage"],
        "message": f"Refund {requested} {order['currency']} on order {order['id']} ({order['email']})",
    }
