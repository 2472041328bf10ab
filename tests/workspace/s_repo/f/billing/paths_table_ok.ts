// SDK: windmill-client 1.818.0 taskScript(path); the render script through /f/lib/paths.ts
// (added after the blind round)
import { taskScript, workflow } from "windmill-client";
import { SCRIPTS } from "/f/lib/paths.ts";

const renderPdf = taskScript(SCRIPTS.render);

export const main = workflow(async (invoiceId: string) => {
  return await renderPdf({ invoice_id: invoiceId, locale: "fr" });
});
