def main(credit: dict):
    print(f"credited {credit['customer_id']}: HTTP {credit['status']}")
    return credit
