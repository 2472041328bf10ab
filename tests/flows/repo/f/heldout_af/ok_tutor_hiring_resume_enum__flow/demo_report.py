import wmill
import requests


def main(candidate_email: str) -> dict:
    lms = wmill.get_resource("f/tutoring/lms")
    r = requests.get(f"{lms['url']}/demos", params={"email": candidate_email}, timeout=20)
    r.raise_for_status()
    demo = r.json()[0]
    return {"recording": demo["recording_url"], "feedback": demo["student_feedback"]}
