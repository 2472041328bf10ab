import wmill
import requests


def main(image: str):
    trivy = wmill.get_resource("f/heldout_an/trivy_server")
    r = requests.post(f"{trivy['url']}/scan", json={"image": image}, timeout=600)
    r.raise_for_status()
    report = r.json()
    critical = [v for v in report["vulns"] if v["severity"] == "CRITICAL"]
    if critical:
        raise RuntimeError(f"{len(critical)} critical vulnerabilities in {image}")
    return {"image": image, "vulns": len(report["vulns"])}
