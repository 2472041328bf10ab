// SDK: windmill-client 1.818.0: a failed task rejects with an Error whose name is "TaskError"; a catch that rethrows every other error (StepSuspend included) is safe; finally only logs
import { StepSuspend, task, taskScript, waitForApproval, workflow } from "windmill-client";

const Stage = {
  Collect: "collect_scores",
  Publish: "publish_scores",
} as const;

const collectScores = taskScript("f/vineyard/collect_panel_scores", { timeout: 600 });
const publishScores = taskScript("f/vineyard/publish_panel_scores");

const scoreOne = task(async (wine: string, scores: number[]) => {
  const sorted = [...scores].sort((a, b) => a - b);
  const trimmed = sorted.length > 4 ? sorted.slice(1, -1) : sorted;
  const mean = trimmed.reduce((s, x) => s + x, 0) / Math.max(trimmed.length, 1);
  return { wine, mean: Math.round(mean * 10) / 10, n: scores.length };
});

function rethrowUnlessTaskError(e: unknown): void {
  if (e instanceof StepSuspend) throw e;
  if (!(e instanceof Error) || e.name !== "TaskError") throw e;
}

export const main = workflow(async (panelId: string, wines: string[]) => {
  const raw = (await collectScores({ panelId, wines })) as Record<string, number[]>;
  const results: { wine: string; mean: number; n: number }[] = [];
  const failed: string[] = [];
  try {
    for (const wine of wines) {
      try {
        results.push(await scoreOne(wine, raw[wine] ?? []));
      } catch (e) {
        rethrowUnlessTaskError(e);
        failed.push(wine);
      }
    }
  } finally {
    console.log(`panel ${panelId}: ${results.length} scored, ${failed.length} failed (${Stage.Collect})`);
  }
  const ok = await waitForApproval({ key: "head_winemaker", timeout: 7200, description: `${results.length} wines scored` });
  if (!ok.approved) return { published: false, results };
  await publishScores({ panelId, results });
  return { published: true, results, failed, stage: Stage.Publish };
});
