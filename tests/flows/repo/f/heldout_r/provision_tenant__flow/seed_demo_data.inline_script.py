def main(tenant_id: int, rows: int = 20):
    return {"tenant_id": tenant_id, "seeded": rows}
