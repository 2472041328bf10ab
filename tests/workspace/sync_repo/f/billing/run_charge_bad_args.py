from wmill import run_script_by_path_async


def main(customer_id: int):
    job = run_script_by_path_async(  # expect: WAC402
        "f/billing/charge",
        args={"customer": customer_id, "amount": "ten"},  # expect: WAC402
    )
    return job
