import requests


def main(patient_id: str, template: str):
    resp = requests.post(
        "https://letters.internal/v1/print",
        json={"patient": patient_id, "template": template},
        timeout=30,
    )
    resp.raise_for_status()
    return {"job": resp.json()["job_id"]}
