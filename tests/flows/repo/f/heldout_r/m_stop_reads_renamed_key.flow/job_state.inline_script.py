def main(gcp: dict, job_id: str):
    state = "RUNNING"
    if job_id.endswith("-done"):
        state = "DONE"
    return {"state": state, "job_id": job_id}
