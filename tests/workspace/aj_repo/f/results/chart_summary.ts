// Attach a chart summary to a pending pathology review.
import { step, task, workflow } from "windmill-client";
import ehr from "/f/shared/ehr.ts";

const attachNote = task(async (reviewId: string, note: string) => {
  await fetch(`https://lis.stmarys-lab.internal/api/reviews/${reviewId}/notes`, {
    method: "POST",
    body: JSON.stringify({ note }),
  });
  return { reviewId };
});

export const main = workflow(async (reviewId: string, mrn: string) => {
  const chart = await ehr.fetch(mrn); // expect: WAC101
  const note = ehr.summarize(chart);
  const attached = await attachNote(reviewId, note);
  const length = await step("length", () => note.length);
  return { ...attached, length };
});
