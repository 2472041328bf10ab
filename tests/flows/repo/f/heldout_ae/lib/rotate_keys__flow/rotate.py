import wmill


def main(service: str, environment: str, revoke_old: bool = True):
    path = f"f/secrets/{environment}/{service}_api_key"
    old = wmill.get_variable(path)
    new_key = f"{service}-{environment}-rotated"
    wmill.set_variable(path, new_key)
    return {"service": service, "environment": environment, "revoked": revoke_old and bool(old)}
