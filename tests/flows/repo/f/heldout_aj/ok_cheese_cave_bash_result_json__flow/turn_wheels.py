import requests


def main(wheels: list):
    resp = requests.post("http://cave-gateway.internal/robot/turn", json={"wheels": wheels}, timeout=600)
    resp.raise_for_status()
    return {"turned": len(wheels)}
