import { task, workflow } from "windmill-client";
import ping from "../common/notify";

const shape = task(async (text: string) => text.trim());

export const main = workflow(async (text: string) => {
  const message = await shape(text);
  await ping(message); // expect: WAC101
  return message;
});
