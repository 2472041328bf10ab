// Call replacement buses between two stations of a line.
import { runScriptByPath, step, workflow } from "windmill-client";
import { paths } from "/f/rail/kit/index.ts";

export const main = workflow(async (fromStation: string, toStation: string, day: string) => {
  const order = await step("book", () =>
    runScriptByPath(paths.Scripts.bookBus, { from_station: fromStation, to_station: toStation, buses: "3" }), // expect: WAC402
  );
  return { order, day };
});
