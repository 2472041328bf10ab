import wmill


def main(application_id: str):
    db = wmill.get_resource("f/grants/applications_db")
    # a stand-in for the sanctions / duplicate checks the grants office runs
    blocked = application_id.startswith("X-")
    return {"application_id": application_id, "eligible": not blocked, "db": db.get("dbname")}
