def main(site: str):
    edges = {"eu": f"eu.{site}.cdn.example.com", "us": f"us.{site}.cdn.example.com"}
    return {"edges": edges, "paths": ["/", "/products", "/cart"]}
