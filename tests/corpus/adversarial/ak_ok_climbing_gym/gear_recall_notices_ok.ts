// SDK: windmill-client 1.818.0: StepSuspend is exported; `instanceof StepSuspend` rethrow first; skin / description approval options; taskScript with every option and a retry policy
import { StepSuspend, getApprovalUrls, step, task, taskScript, waitForApproval, workflow } from "windmill-client";

const lookupOwners = taskScript("f/gear/lookup_rental_owners", {
  timeout: 300,
  tag: "db",
  cache_ttl: 600,
  priority: 3,
  concurrency_limit: 4,
  concurrency_key: "owners",
  concurrency_time_window_s: 30,
  retry: { attempts: 2, delay: 10, multiplier: 3, max_delay: 120 },
});

const emailOwner = task(async (email: string, model: string, batch: string) => {
  const res = await fetch("https://mail.example-crag.io/send", {
    method: "POST",
    body: JSON.stringify({ to: email, template: "gear-recall", model, batch }),
  });
  if (res.status >= 500) throw new Error(`mail ${res.status}`);
  return res.status;
});

export const main = workflow(async (model: string, batch: string, manager: string) => {
  const urls = await step("recall_urls", () => getApprovalUrls("recall_go", manager));
  const owners = (await lookupOwners({ model, batch })) as { email: string }[];
  await emailOwner(manager, model, `${batch} (${owners.length} owners) ${urls.approvalPage}`);
  const go = await waitForApproval({
    key: "recall_go",
    timeout: 86400,
    skin: "minimal",
    description: `Recall ${model} batch ${batch} to ${owners.length} owners?`,
  });
  if (!go.approved) return { sent: 0 };
  let sent = 0;
  const failed: string[] = [];
  for (const o of owners) {
    try {
      await emailOwner(o.email, model, batch);
      sent++;
    } catch (e) {
      if (e instanceof StepSuspend) throw e;
      failed.push(o.email);
    }
  }
  return { sent, failed };
});
