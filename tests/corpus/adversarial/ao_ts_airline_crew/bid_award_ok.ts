// SDK: windmill-client 1.818.0: waitForApproval({ key, form }) with a literal key used once; step values are JSON (plain objects of strings); node:crypto createHash of inputs is pure; Array.from(new Set(...)) keeps insertion order; a literal step name in a loop gets numbered keys
import { createHash } from "node:crypto";
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

type Bid = { crewId: string; seniority: number; lines: string[] };
type Line = { id: string; credit: number; base: string };

const BIDS = "https://bids.example-air.com/api";
const fmt = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

const loadBids = task(async (month: string, base: string): Promise<Bid[]> => {
  const r = await fetch(`${BIDS}/${month}/${base}/bids`);
  if (!r.ok) throw new Error(`bids ${r.status}`);
  return (await r.json()) as Bid[];
});

const loadLines = task(async (month: string, base: string): Promise<Line[]> => {
  const r = await fetch(`${BIDS}/${month}/${base}/lines`);
  if (!r.ok) throw new Error(`lines ${r.status}`);
  return (await r.json()) as Line[];
});

const postAward = task(async (month: string, base: string, awards: { crewId: string; line: string | null }[], digest: string) => {
  const r = await fetch(`${BIDS}/${month}/${base}/awards`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ awards, digest }),
  });
  if (!r.ok) throw new Error(`award ${r.status}`);
  return awards.length;
});

const sendToUnion = task(async (base: string, digest: string, resume: string, cancel: string) => {
  await fetch("https://union.example-alpa.org/hooks/bid-review", {
    method: "POST",
    body: JSON.stringify({ base, digest, approve: resume, reject: cancel }),
  });
});

function award(bids: Bid[], lines: Line[]): { crewId: string; line: string | null }[] {
  const open = new Set(lines.map((l) => l.id));
  const bySeniority = bids.toSorted((a, b) => a.seniority - b.seniority || a.crewId.localeCompare(b.crewId));
  return bySeniority.map((b) => {
    const got = b.lines.find((l) => open.has(l)) ?? null;
    if (got) open.delete(got);
    return { crewId: b.crewId, line: got };
  });
}

function digestOf(rows: { crewId: string; line: string | null }[]): string {
  const h = createHash("sha256");
  for (const r of rows) h.update(`${r.crewId}=${r.line ?? "-"};`);
  return h.digest("hex");
}

export const main = workflow(async (month: string, base: string) => {
  const [bids, lines] = await Promise.all([loadBids(month, base), loadLines(month, base)]);
  const bases = Array.from(new Set(lines.map((l) => l.base)));
  if (bases.length !== 1 || bases[0] !== base) {
    return { month, base, status: "mixed_bases", bases };
  }

  const awards = award(structuredClone(bids), lines);
  const digest = digestOf(awards);
  const creditByLine = Object.fromEntries(lines.map((l) => [l.id, l.credit]));
  const report = awards.map((a) => `${a.crewId}: ${a.line ?? "reserve"} (${fmt.format(a.line ? creditByLine[a.line] : 0)})`);

  for (const [i, chunkStart] of [0, 100, 200].entries()) {
    if (chunkStart >= report.length) break;
    await step("report_chunk", () => ({ index: i, lines: report.slice(chunkStart, chunkStart + 100) }));
  }

  const urls = await step("union_urls", () => getApprovalUrls("union_review"));
  await sendToUnion(base, digest, urls.resume, urls.cancel);
  const review = await waitForApproval({
    key: "union_review",
    timeout: 72 * 3600,
    form: { properties: { comment: { type: "string" } } },
  });
  if (!review.approved) return { month, base, status: "rejected", digest, comment: review.value?.comment ?? null };

  const posted = await postAward(month, base, awards, digest);
  return { month, base, status: "awarded", posted, digest };
});
