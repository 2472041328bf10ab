import csv
import io

import wmill
import requests


def main(form_id: str, festival_day: str):
    tf = wmill.get_resource("f/festival/typeform")
    r = requests.get(
        f"https://api.typeform.com/forms/{form_id}/responses",
        headers={"Authorization": f"Bearer {tf['token']}"},
        params={"page_size": 1000},
        timeout=30,
    )
    r.raise_for_status()
    volunteers = []
    for item in r.json()["items"]:
        answers = {a["field"]["ref"]: a for a in item["answers"]}
        if festival_day not in answers["days"]["choices"]["labels"]:
            continue
        volunteers.append(
            {
                "name": answers["name"]["text"],
                "email": answers["email"]["email"],
                "phone": answers["phone"]["phone_number"],
                "skills": answers.get("skills", {}).get("choices", {}).get("labels", []),
            }
        )
    return volunteers
