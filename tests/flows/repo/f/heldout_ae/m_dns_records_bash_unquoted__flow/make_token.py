import hashlib


def main(domain: str, tenant_id: str):
    digest = hashlib.sha256(f"{tenant_id}:{domain}".encode()).hexdigest()[:32]
    return {"token": f"verify-{digest}", "domain": domain}
