def main(invoices: list):
    return {"count": len(invoices), "total": round(sum(i["amount"] for i in invoices), 2)}
