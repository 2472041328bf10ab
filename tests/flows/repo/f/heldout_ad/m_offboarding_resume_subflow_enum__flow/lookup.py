import wmill
import requests


def main(employee_email: str):
    bamboo = wmill.get_resource("f/people/bamboohr")
    r = requests.get(
        f"https://api.bamboohr.com/api/gateway.php/{bamboo['subdomain']}/v1/employees/directory",
        auth=(bamboo["api_key"], "x"),
        headers={"Accept": "application/json"},
        timeout=20,
    )
    r.raise_for_status()
    for e in r.json()["employees"]:
        if e.get("workEmail", "").lower() == employee_email.lower():
            return {
                "employee_id": e["id"],
                "name": e["displayName"],
                "manager_email": e.get("supervisorEmail"),
                "department": e.get("department") or "unknown",
            }
    raise LookupError(f"{employee_email} is not in the directory")
