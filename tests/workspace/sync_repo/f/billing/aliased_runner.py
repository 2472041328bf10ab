from wmill import run_script_by_path as rsp


def main():
    return rsp("f/billing/charge", args={"customer_id": 1, "amount": 2.0, "curency": "USD"})  # expect: WAC402
