def main(customer: str):
    slug = customer.lower().replace(" ", "-")
    return {"document_url": f"https://docs.example.com/contracts/{slug}.pdf", "customer": customer}
