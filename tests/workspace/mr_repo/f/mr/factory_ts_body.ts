import { workflow } from "windmill-client";
import { makeFormatter, makeSender } from "/f/common/sender_factory.ts";

export const main = workflow(async (url: string, text: string) => {
  const send = makeSender(url);
  const shown = makeFormatter("> ")(text);
  await send({ text: shown }); // expect: WAC101
  return shown;
});
