def main(request: dict, approved_by: list[str]):
    return {"grant_id": f"g-{request['system']}-{request['requester']}", "approved_by": approved_by}
