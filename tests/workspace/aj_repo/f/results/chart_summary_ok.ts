// Attach a chart summary to a pending pathology review.
import { task, workflow } from "windmill-client";
import ehr from "/f/shared/ehr.ts";

const loadChart = task(async (mrn: string) => {
  return await ehr.fetch(mrn);
});

const attachNote = task(async (reviewId: string, note: string) => {
  await fetch(`https://lis.stmarys-lab.internal/api/reviews/${reviewId}/notes`, {
    method: "POST",
    body: JSON.stringify({ note }),
  });
  return { reviewId };
});

export const main = workflow(async (reviewId: string, mrn: string) => {
  const chart = await loadChart(mrn);
  const note = ehr.summarize(chart);
  return await attachNote(reviewId, note);
});
