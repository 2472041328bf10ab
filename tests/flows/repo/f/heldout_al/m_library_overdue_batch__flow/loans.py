import wmill


def main(branch: str):
    ils = wmill.get_resource("f/library/ils")
    overdue = []
    for loan in ils["loans"]:
        if loan["branch"] == branch and loan["days_late"] > 14:
            overdue.append({"member_email": loan["email"], "isbn": loan["isbn"], "days_late": loan["days_late"]})
    return overdue
