def main(count: int, region: str):
    return f"{count} overdue invoices in {region.upper()}"
