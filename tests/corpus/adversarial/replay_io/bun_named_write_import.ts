// SDK: windmill-client 1.818.0 client.mjs: `write` imported from "bun" writes the file; in the body it is rewritten on every replay.
import { write } from "bun";
import { task, workflow } from "windmill-client";

const render = task(async (id: string) => `<h1>${id}</h1>`);

export const main = workflow(async (id: string) => {
  const html = await render(id);
  await write(`/tmp/${id}.html`, html); // expect: WAC101
  return id;
});
