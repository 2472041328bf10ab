// SDK: windmill-client 1.818.0 client.mjs workflow(): the body re-runs from the top each round; the Map's "gold_standard" entry is a plain async function, so its POST runs in the body on every replay (only the "verra" entry is a task)
import { task, workflow, waitForApproval, step, getResumeUrls } from "windmill-client";

type Standard = "verra" | "gold_standard";
type Project = { id: string; standard: Standard; methodology: string; tonnes: number };
type Verdict = { projectId: string; passed: boolean; notes: string[] };

const verraCheck = task(async (p: Project): Promise<Verdict> => {
  const r = await fetch(`https://api.verra.example/vcs/projects/${p.id}/validate`, { method: "POST" });
  return { projectId: p.id, ...(await r.json()) };
});

async function goldStandardCheck(p: Project): Promise<Verdict> {
  const r = await fetch(`https://registry.goldstandard.example/v2/validate`, {
    method: "POST",
    body: JSON.stringify({ id: p.id, methodology: p.methodology }),
  });
  return { projectId: p.id, ...(await r.json()) };
}

const VERIFIERS = new Map<Standard, (p: Project) => Promise<Verdict>>([
  ["verra", verraCheck],
  ["gold_standard", goldStandardCheck],
]);

const notifyAuditor = task(async (projectId: string, approvalPage: string) => {
  await fetch("https://hooks.slack.example/services/T0/B0/carbon", {
    method: "POST",
    body: JSON.stringify({ text: `Review ${projectId}: ${approvalPage}` }),
  });
});

export const main = workflow(async (projects: Project[]) => {
  const verdicts: Verdict[] = [];
  for (const p of projects) {
    const verify = VERIFIERS.get(p.standard);
    if (!verify) throw new Error(`no verifier for ${p.standard}`);
    verdicts.push(await verify(p)); // expect: WAC101
  }
  const flagged = verdicts.filter((v) => !v.passed);
  if (flagged.length === 0) return { verdicts, reviewed: false };
  const urls = await step("urls", () => getResumeUrls());
  await notifyAuditor(flagged.map((f) => f.projectId).join(","), urls.approvalPage);
  const review = await waitForApproval({ timeout: 3 * 86400 });
  return { verdicts, reviewed: true, approver: review.approver };
});
