// SDK: windmill-client 1.818.0 a task body runs as its own job; Promise.race inside it is ordinary code. waitForApproval({timeout}) handles the approval deadline itself
// Health-checked deploy: Promise.race is only used inside a task to bound an HTTP call.
import { task, waitForApproval, step, getResumeUrls, workflow } from "windmill-client";

async function withTimeout<T>(p: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} timed out after ${ms}ms`)), ms);
  });
  try {
    return await Promise.race([p, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const healthCheck = task(async (baseUrl: string) => {
  const r = await withTimeout(fetch(`${baseUrl}/healthz`), 5_000, "healthz");
  return { ok: r.ok, status: r.status };
});

const promote = task(async (service: string, version: string) => {
  await fetch(`https://deploy.example.com/services/${service}/promote`, { method: "POST", body: JSON.stringify({ version }) });
  return version;
});

export const main = workflow(async (service: string, version: string, canaryUrl: string) => {
  const health = await healthCheck(canaryUrl);
  if (!health.ok) return { promoted: false, status: health.status };

  const urls = await step("urls", () => getResumeUrls());
  console.log(`approve promotion: ${urls.approvalPage}`);
  const decision = await waitForApproval({ timeout: 4 * 3600 });
  if (!decision.approved) return { promoted: false, status: health.status };

  await promote(service, version);
  return { promoted: true, status: health.status };
});
