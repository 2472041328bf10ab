import wmill


def main(customer_id: int):
    return wmill.run_script_by_path("f/billing/chrage", args={"customer_id": customer_id, "amount": 1.0})  # expect: WAC401
