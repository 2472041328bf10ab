// SDK: windmill-client 1.818.0 zod schemas parse task results in the body; amounts cross as strings and are summed as integer cents; a catch that rethrows anything that is not a TaskError (err.name) first
import { task, taskScript, workflow } from "windmill-client";
import { z } from "zod";

const Member = z.object({
  id: z.string(),
  email: z.string().email(),
  hives: z.number().int().nonnegative(),
  paidThrough: z.string(),
});
type Member = z.infer<typeof Member>;

const Invoice = z.object({ member: z.string(), number: z.string(), cents: z.number().int() });

const DUES_BASE_CENTS = 4_000;
const DUES_PER_HIVE_CENTS = 350;

const listMembers = task(async (season: string) => {
  const res = await fetch(`https://members.apiary.example/api/members?season=${season}`);
  return (await res.json()) as unknown[];
});

const issueInvoice = task(async (memberId: string, cents: number, season: string) => {
  const res = await fetch("https://billing.apiary.example/api/invoices", {
    method: "POST",
    body: JSON.stringify({ memberId, cents, season }),
  });
  if (!res.ok) throw new Error(`invoice failed: ${res.status}`);
  return await res.json();
});

const mailInvoices = taskScript("f/apiary/mail_invoices", { timeout: 600 });

function duesFor(m: Member): number {
  return DUES_BASE_CENTS + DUES_PER_HIVE_CENTS * m.hives;
}

function isTaskError(e: unknown): e is Error {
  return e instanceof Error && e.name === "TaskError";
}

export const main = workflow(async (season: string, seasonStart: string) => {
  const members = z.array(Member).parse(await listMembers(season));
  const due = members.filter((m) => Date.parse(m.paidThrough) < Date.parse(seasonStart));
  const invoices: z.infer<typeof Invoice>[] = [];
  const failed: string[] = [];
  for (const m of due) {
    try {
      invoices.push(Invoice.parse(await issueInvoice(m.id, duesFor(m), season)));
    } catch (e) {
      if (!isTaskError(e)) throw e;
      failed.push(m.id);
    }
  }
  const totalCents = invoices.reduce((acc, i) => acc + i.cents, 0);
  if (invoices.length > 0) {
    await mailInvoices({ season, numbers: invoices.map((i) => i.number) });
  }
  return { season, invoiced: invoices.length, totalCents, failed };
});
