def main(account_id: str):
    return {"id": account_id, "support_mailbox": f"support+{account_id}@example.com"}
