// Print the labels of a bottling run.
import { step, workflow } from "windmill-client";
import { LabelPrinter, lots, PLAIN, STAMPED } from "/f/bottling/kit/index.ts";
import type { BatchInfo } from "/f/bottling/kit/index.ts";

class CellarPrinter extends LabelPrinter {}

export const main = workflow(async (beer: string, bottles: number) => {
  const lot = lots.lotCode(beer, PLAIN);
  const stamped = await step("lot", () => lots.lotCode(beer, STAMPED));
  const printedAt = await step("printed_at", () => LabelPrinter.stamp());
  const text = LabelPrinter.format(beer, lot);
  await step("print", () => new CellarPrinter().print(text));
  const info: BatchInfo = { batchId: lot, beer, litres: bottles * 0.33 };
  return { lot, stamped, printedAt, info };
});
