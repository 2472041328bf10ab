// SDK: windmill-client 1.818.0: a TaskError guard that rethrows non-task errors; console.time only logs; windmill-oracle sig: `Record<string, string>` is a resource of type `record`
import { task, workflow } from "windmill-client";

type Quota = { memberId: string; pages: number };

const resetQuota = task(async (memberId: string, pages: number) => {
  const r = await fetch(`https://print.example-cowork.com/quotas/${memberId}`, {
    method: "PUT",
    body: JSON.stringify({ pages }),
  });
  if (!r.ok) throw new Error(`quota ${memberId}: ${r.status}`);
  return memberId;
});

const listQuotas = task(async (): Promise<Quota[]> => {
  const r = await fetch("https://print.example-cowork.com/quotas");
  return r.json();
});

const DEFAULT_PAGES: Record<string, number> = { hot_desk: 100, fixed_desk: 250, office: 800 };

export const main = workflow(async (plans: Record<string, string>) => { // expect: WAC902
  console.time("quota reset");
  const quotas = await listQuotas();
  const reset: string[] = [];
  const failed: string[] = [];
  for (const q of quotas) {
    const pages = DEFAULT_PAGES[plans[q.memberId] ?? "hot_desk"] ?? 100;
    try {
      reset.push(await resetQuota(q.memberId, pages));
    } catch (e) {
      if ((e as { name?: string })?.name !== "TaskError") throw e;
      failed.push(q.memberId);
    }
  }
  console.timeEnd("quota reset");
  return { reset: reset.length, failed };
});
