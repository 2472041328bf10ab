// SDK: windmill-client 1.818.0 client.mjs: a `finally` that only logs lets the `StepSuspend` thrown by a task's `then` keep propagating out of the body
import { task, sleep, workflow } from "windmill-client";
import pino from "pino";

const log = pino({ name: "prior-auth" });

type PaRequest = { paId: string; payer: string; drug: string; prescriberNpi: string };
type PaStatus = { paId: string; state: "submitted" | "approved" | "denied" | "more_info" };

const sendFax = task(async (req: PaRequest) => {
  const r = await fetch("https://fax.cloudfax.example/v1/send", {
    method: "POST",
    body: JSON.stringify({ to: req.payer, template: "pa-form", vars: req }),
  });
  return { faxId: (await r.json()).id as string };
});

const pollPayer = task(async (paId: string): Promise<PaStatus> => {
  const r = await fetch(`https://covermymeds.example/api/requests/${paId}`);
  return (await r.json()) as PaStatus;
});

export const main = workflow(async (requests: PaRequest[], maxPolls = 6) => {
  const summary: Record<string, string> = {};
  try {
    for (const req of requests) {
      await sendFax(req);
      summary[req.paId] = "submitted";
    }
    for (let i = 0; i < maxPolls; i++) {
      const open = requests.filter((r) => summary[r.paId] === "submitted" || summary[r.paId] === "more_info");
      if (open.length === 0) break;
      for (const r of open) {
        const s = await pollPayer(r.paId);
        summary[r.paId] = s.state;
      }
      await sleep(3600);
    }
  } finally {
    log.info({ pending: Object.keys(summary).length }, "prior auth round ended");
  }
  return summary;
});
