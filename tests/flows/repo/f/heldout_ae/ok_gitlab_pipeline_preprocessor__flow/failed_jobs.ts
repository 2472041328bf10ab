import * as wmill from "windmill-client";

export async function main(project: string, pipeline_id: number) {
  const gitlab = await wmill.getResource("f/ci/gitlab");
  const resp = await fetch(
    `${gitlab.baseUrl}/api/v4/projects/${encodeURIComponent(project)}/pipelines/${pipeline_id}/jobs?scope=failed`,
    { headers: { "PRIVATE-TOKEN": gitlab.token } },
  );
  const jobs = await resp.json();
  return { jobs: jobs.map((j: any) => ({ name: j.name, stage: j.stage, web_url: j.web_url })) };
}
