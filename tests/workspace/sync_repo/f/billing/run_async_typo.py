import wmill


def main():
    return wmill.run_script_async("f/billing/charg", args={"customer_id": 1, "amount": 2.0})  # expect: WAC401
