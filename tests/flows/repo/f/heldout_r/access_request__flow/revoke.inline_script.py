def main(grant_id: str):
    return {"revoked": grant_id}
