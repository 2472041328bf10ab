def main(mfa: dict, keys: dict):
    lines = [f"{c['check']}: {'ok' if c['passed'] else 'FAILED'}" for c in (mfa, keys)]
    return {"text": "\n".join(lines)}
