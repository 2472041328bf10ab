import { workflow } from "windmill-client";
import { utils, pickOne } from "../common/tools.ts";
import Ticker from "../common/tools.ts";
import * as tools from "/f/common/tools.ts";

export const main = workflow(async (text: string) => {
  const started = utils.now(); // expect: WAC102
  const pick = pickOne(); // expect: WAC102
  const tick = Ticker.tick(); // expect: WAC102
  const again = tools.utils.roll(); // expect: WAC102
  return { started, pick, tick, again, text: utils.trim(text), label: Ticker.label(text) };
});
