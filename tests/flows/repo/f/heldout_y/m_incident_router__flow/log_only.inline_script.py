def main(service: str):
    print(f"low severity alert on {service}")
    return {"channel": "log", "reference": None}
