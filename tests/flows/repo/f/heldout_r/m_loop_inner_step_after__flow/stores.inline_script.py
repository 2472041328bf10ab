def main(region: str):
    return {"stores": [{"domain": f"{region}-1.myshopify.com", "token": "x"}]}
