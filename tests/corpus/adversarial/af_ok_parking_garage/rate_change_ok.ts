// SDK: windmill-client 1.818.0 a WAC rate change with a manager approval: the effective time is an input, the new rates are computed by a pure class in the body, pushed to each pay station by a task (sorted station ids), then a taskFlow notifies the signage
import { getResumeUrls, step, task, taskFlow, waitForApproval, workflow } from "windmill-client";

type Tier = { upToMinutes: number; cents: number };

class RateTable {
  constructor(readonly tiers: Tier[]) {}

  scaled(pct: number): RateTable {
    return new RateTable(this.tiers.map((t) => ({ ...t, cents: Math.round((t.cents * (100 + pct)) / 100 / 25) * 25 })));
  }

  describe(): string[] {
    return this.tiers.map((t) => `≤${t.upToMinutes / 60}h: $${(t.cents / 100).toFixed(2)}`);
  }
}

const askManager = task(async function askManager(lines: string[], page: string) {
  await fetch("https://chat.citypark.example/hooks/managers", {
    method: "POST",
    body: JSON.stringify({ text: `New rates:\n${lines.join("\n")}\nApprove: ${page}` }),
  });
});

const pushRates = task(async function pushRates(station: string, tiers: Tier[], effective: string) {
  const res = await fetch(`https://paystations.citypark.example/${station}/rates`, {
    method: "PUT",
    body: JSON.stringify({ tiers, effective }),
  });
  return { station, ok: res.ok };
});

const updateSignage = taskFlow("f/parking/update_signage");

export const main = workflow(async (stations: string[], tiers: Tier[], pct: number, effective: string) => {
  const next = new RateTable(tiers).scaled(pct);
  const urls = await step("manager_urls", () => getResumeUrls());
  await askManager(next.describe(), urls.approvalPage);
  const ok = await waitForApproval({ timeout: 2 * 86400 });
  if (!ok.approved) return { applied: false, by: ok.approver };

  const pushed = [];
  for (const station of [...stations].sort()) {
    pushed.push(await pushRates(station, next.tiers, effective));
  }
  await updateSignage({ lines: next.describe(), effective });
  return { applied: true, by: ok.approver, stations: pushed };
});
