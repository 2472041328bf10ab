// SDK: windmill-client 1.818.0: task(namedFunction, options) with retry; a class with only static pure helpers used in the body; a switch on a task result
import { step, task, workflow } from "windmill-client";

type Deliverable = { sponsor: string; kind: "logo" | "read" | "segment"; due: string; done: boolean };

async function fetchDeliverables(season: string): Promise<Deliverable[]> {
  const r = await fetch(`https://partners.example-frag.gg/seasons/${season}/deliverables`);
  if (!r.ok) throw new Error(`deliverables ${r.status}`);
  return await r.json();
}

async function chaseSponsorTeam(sponsor: string, items: string[]) {
  const r = await fetch("https://crm.example-frag.gg/tasks", { method: "POST", body: JSON.stringify({ sponsor, items }) });
  return r.ok ? "created" : "failed";
}

const loadDeliverables = task(fetchDeliverables, { retry: { attempts: 2, delay: 5 } });
const chase = task(chaseSponsorTeam);

class Ledger {
  static overdue(items: Deliverable[], asOf: string): Deliverable[] {
    return items.filter((d) => !d.done && d.due < asOf);
  }
  static bySponsor(items: Deliverable[]): [string, string[]][] {
    const m: Record<string, string[]> = {};
    for (const d of items) (m[d.sponsor] ??= []).push(`${d.kind}@${d.due}`);
    return Object.entries(m).sort(([a], [b]) => a.localeCompare(b));
  }
}

export const main = workflow(async (season: string, asOf: string) => {
  const all = await loadDeliverables(season);
  const late = Ledger.overdue(all, asOf);
  const outcomes: Record<string, string> = {};
  for (const [sponsor, items] of Ledger.bySponsor(late)) {
    const status = await chase(sponsor, items);
    switch (status) {
      case "created":
        outcomes[sponsor] = "chased";
        break;
      default:
        outcomes[sponsor] = "manual";
    }
  }
  return await step("summary", () => ({ season, late: late.length, outcomes }));
});
