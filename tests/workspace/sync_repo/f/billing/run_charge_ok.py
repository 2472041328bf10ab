import wmill


def main(customer_id: int):
    return wmill.run_script_by_path("f/billing/charge", args={"customer_id": customer_id, "amount": 9.5})
