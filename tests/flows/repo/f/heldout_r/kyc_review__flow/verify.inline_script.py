def main(applicant_id: str, country: str, strict: bool = False):
    documents = ["passport"] if strict else ["id_card"]
    return {"applicant_id": applicant_id, "matched": True, "fraud": False, "documents": documents}
