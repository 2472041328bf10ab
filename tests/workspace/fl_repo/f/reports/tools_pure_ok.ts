import { workflow, step } from "windmill-client";
import { utils } from "../common/tools.ts";
import Ticker from "../common/tools.ts";
import * as tools from "/f/common/tools.ts";

export const main = workflow(async (text: string) => {
  const started = await step("started", () => utils.now());
  return { started, text: utils.trim(text), label: Ticker.label(tools.utils.trim(text)) };
});
