import * as wmill from "windmill-client";

export async function main(job_id: string) {
  const gh = await wmill.getResource("f/hr/greenhouse");
  const resp = await fetch(`https://harvest.greenhouse.io/v1/applications?job_id=${job_id}&status=active`, {
    headers: { Authorization: `Basic ${btoa(gh.api_key + ":")}` },
  });
  const apps: any[] = await resp.json();
  return apps.map((a) => ({
    application_id: a.id,
    candidate_id: a.candidate_id,
    stage: a.current_stage?.name ?? "Application Review",
    answers: a.answers ?? [],
  }));
}
