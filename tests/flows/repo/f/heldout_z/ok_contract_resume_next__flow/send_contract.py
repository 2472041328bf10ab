import wmill


def main(document_url: str, reviewer_comment: str = "", reviewed_by: str = ""):
    docusign = wmill.get_resource("f/legal/docusign")
    return {"sent": True, "url": document_url, "note": reviewer_comment, "by": reviewed_by, "acct": docusign["account_id"]}
