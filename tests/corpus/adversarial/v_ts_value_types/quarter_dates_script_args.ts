// SDK: windmill-client 1.818.0 taskScript wrapper sends its one object argument as the target script's args, serialized as JSON: a Date becomes its ISO string
// Quarter close: date range computed in the body and sent to an existing reporting script that expects Dates.
import { taskScript, workflow } from "windmill-client";

const closeLedger = taskScript("f/finance/close_ledger", { timeout: 900 });
const buildPack = taskScript("f/finance/board_pack");

function quarterBounds(year: number, q: 1 | 2 | 3 | 4) {
  const start = new Date(Date.UTC(year, (q - 1) * 3, 1));
  const end = new Date(Date.UTC(year, q * 3, 1));
  return { start, end };
}

export const main = workflow(async (year: number, quarter: number, entity: string) => {
  const { start, end } = quarterBounds(year, quarter as 1 | 2 | 3 | 4);
  const closed = await closeLedger({ entity, period_start: start, period_end: end }); // expect: WAC107
  const pack = await buildPack({ entity, quarter: `${year}-Q${quarter}`, journal_count: closed.journals });
  return { closed, pack };
});
