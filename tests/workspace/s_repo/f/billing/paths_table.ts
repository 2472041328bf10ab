// SDK: windmill-client 1.818.0 taskScript(path) sends the path as it is; SCRIPTS is a table of
// /f/lib/paths.ts (added after the blind round: a member of an imported constant table)
import { taskScript, workflow } from "windmill-client";
import { SCRIPTS } from "/f/lib/paths.ts";

const renderPdf = taskScript(SCRIPTS.render);
const archive = taskScript(SCRIPTS.archive); // expect: WAC401

export const main = workflow(async (invoiceId: string) => {
  const pdf = await renderPdf({ invoice: invoiceId }); // expect: WAC402
  await archive({ ids: [invoiceId] });
  return pdf;
});
