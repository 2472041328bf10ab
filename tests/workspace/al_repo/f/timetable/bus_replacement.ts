// Order replacement buses for a closed section and tell the riders of the line.
import { step, taskScript, workflow } from "windmill-client";
import { addAll, notifyLine, paths, stationLoad } from "/f/rail/kit/index.ts";

const bookBus = taskScript(paths.Scripts.bookBus);

export const main = workflow(async (line: string, fromStation: string, toStation: string, day: string) => {
  const loads = [await stationLoad(fromStation), await stationLoad(toStation)];
  const buses = Math.max(2, Math.ceil(Math.max(...loads) / 80));
  const order = await bookBus({ from_station: fromStation, to_station: toStation, buses, day });
  notifyLine({ line, message: `Replacement buses ${fromStation} - ${toStation} on ${day}` }); // expect: WAC106
  const orders: string[] = [];
  await step("orders", () => addAll(orders, [order.order])); // expect: WAC104
  return { buses, orders };
});
