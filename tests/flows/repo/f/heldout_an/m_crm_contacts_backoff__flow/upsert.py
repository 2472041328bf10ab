def main(contacts: list, table: str = "crm_contacts"):
    return {"table": table, "upserted": len(contacts)}
