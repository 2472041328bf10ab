// SDK: windmill-client 1.818.0 client.mjs: the workflow body re-runs on each replay and on another worker; process.env read there is not checkpointed (step() would be).
import { sleep, step, task, taskFlow, waitForApproval, getResumeUrls, workflow } from "windmill-client";

type Service = { name: string; image: string; replicas: number };

const CANARY_SOAK_S = 600;
const DEFAULT_REGION = "eu-central-1";

const buildImage = task(async (service: string, gitSha: string) => {
  const res = await fetch("https://ci.internal/api/builds", {
    method: "POST",
    body: JSON.stringify({ service, sha: gitSha }),
  });
  return (await res.json()) as { image: string; digest: string };
});

const rollout = taskFlow("f/platform/k8s_rollout");

const canaryHealth = task(async (service: string, region: string) => {
  const res = await fetch(`https://prometheus.internal/api/v1/query?query=error_rate{service="${service}",region="${region}"}`);
  const body = (await res.json()) as { data: { result: { value: [number, string] }[] } };
  const rate = Number(body.data.result[0]?.value[1] ?? "0");
  return { healthy: rate < 0.01, rate };
});

const announce = task(async (text: string) => {
  await fetch(process.env.DEPLOY_WEBHOOK ?? "https://hooks.internal/deploys", { method: "POST", body: text });
});

export const main = workflow(async (service: Service, gitSha: string) => {
  const region = process.env.DEPLOY_REGION ?? DEFAULT_REGION; // expect: WAC102
  const build = await buildImage(service.name, gitSha);

  await rollout({ service: service.name, image: build.image, region, replicas: 1, stage: "canary" });
  await sleep(CANARY_SOAK_S);
  const health = await canaryHealth(service.name, region);

  if (!health.healthy) {
    await rollout({ service: service.name, image: service.image, region, replicas: service.replicas, stage: "rollback" });
    await announce(`:x: ${service.name}@${gitSha.slice(0, 7)} rolled back (error rate ${health.rate})`);
    return { status: "rolled_back", errorRate: health.rate };
  }

  if (service.replicas > 10) {
    const urls = await step("urls", () => getResumeUrls());
    await announce(`Large rollout of ${service.name} awaiting approval: ${urls.approvalPage}`);
    const ok = await waitForApproval({ timeout: 3600 });
    if (!ok.approved) return { status: "held", approver: ok.approver };
  }

  await rollout({ service: service.name, image: build.image, region, replicas: service.replicas, stage: "full" });
  await announce(`:rocket: ${service.name}@${gitSha.slice(0, 7)} deployed to ${region}`);
  return { status: "deployed", image: build.image, digest: build.digest };
});
