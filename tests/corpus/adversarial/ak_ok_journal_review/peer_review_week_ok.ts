// SDK: windmill-client 1.818.0: Object.groupBy keeps input order; a generic helper and overloads are types only; String.raw and a tagged template of the file that only builds a string are pure
import { task, workflow } from "windmill-client";

type Invite = { reviewer: string; journal: string; overdueDays: number };

function md(strings: TemplateStringsArray, ...values: (string | number)[]): string {
  return strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]).replace(/[*_`]/g, "\\$&") : ""), "");
}

function pick<T, K extends keyof T>(obj: T, key: K): T[K];
function pick<T>(obj: T, key: string): unknown;
function pick(obj: any, key: string) {
  return obj[key];
}

const postDigest = task(async (journal: string, markdown: string) => {
  const res = await fetch(`https://chat.example-press.org/hooks/${encodeURIComponent(journal)}`, {
    method: "POST",
    body: JSON.stringify({ markdown }),
  });
  return res.status;
});

export const main = workflow(async (invites: Invite[], weekLabel: string) => {
  const byJournal = Object.groupBy(invites, (i) => i.journal);
  const sent: { journal: string; status: number }[] = [];
  for (const [journal, list] of Object.entries(byJournal)) {
    const rows = (list ?? []).toSorted((a, b) => b.overdueDays - a.overdueDays);
    const lines = rows.map((r) => md`- **${pick(r, "reviewer")}**: ${r.overdueDays} days overdue`);
    const header = String.raw`## Review week ${weekLabel}`;
    sent.push({ journal, status: await postDigest(journal, [header, ...lines].join("\n")) });
  }
  return sent;
});
