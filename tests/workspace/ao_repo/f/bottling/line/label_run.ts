// Print the labels of a bottling run.
import { step, workflow } from "windmill-client";
import { LabelPrinter, lots, STAMPED } from "/f/bottling/kit/index.ts";

class CellarPrinter extends LabelPrinter {}

export const main = workflow(async (beer: string, bottles: number) => {
  const lot = lots.lotCode(beer, STAMPED); // expect: WAC102
  const printedAt = LabelPrinter.stamp(); // expect: WAC102
  const text = LabelPrinter.format(beer, lot);
  await new CellarPrinter().print(text); // expect: WAC101
  await step("printed", () => ({ beer, bottles, printedAt }));
  return { lot, text };
});
