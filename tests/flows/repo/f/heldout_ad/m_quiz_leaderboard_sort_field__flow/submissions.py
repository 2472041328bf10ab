import wmill
import requests


def main(quiz_id: str):
    lms = wmill.get_resource("f/school/moodle")
    r = requests.get(
        f"{lms['url']}/webservice/rest/server.php",
        params={"wstoken": lms["token"], "wsfunction": "mod_quiz_get_user_attempts", "quizid": quiz_id, "moodlewsrestformat": "json"},
        timeout=30,
    )
    r.raise_for_status()
    return [{"attempt_id": a["id"], "student_id": a["userid"], "answers": a["answers"]} for a in r.json()["attempts"]]
