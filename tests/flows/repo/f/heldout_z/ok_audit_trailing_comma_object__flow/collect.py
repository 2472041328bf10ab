import wmill


def main(system: str):
    users = wmill.run_script_by_path(f"f/iam/list_{system}_users")
    admins = [u["login"] for u in users if u.get("role") == "admin"]
    return {"users": users, "admins": admins}
