import { workflow } from "windmill-client";
import { notify } from "../common/index";

export const main = workflow(async (text: string) => {
  await notify(text); // expect: WAC101
  return text;
});
