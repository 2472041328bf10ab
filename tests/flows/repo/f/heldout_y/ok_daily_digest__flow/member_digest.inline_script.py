def main(member: dict, position: int):
    return {"line": f"{position + 1}. @{member['handle']}: {member['open_prs']} open PRs"}
