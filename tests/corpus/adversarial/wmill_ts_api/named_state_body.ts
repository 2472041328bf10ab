// SDK: windmill-client 1.818.0 client.mjs getState()/setState(): getResource/setResource of the state path, both HTTP requests to the Windmill API.
import { getState, setState, task, workflow } from "windmill-client";

const pull = task(async (after: number) => ({ last: after + 10, items: [after + 1] }));

export const main = workflow(async () => {
  const prev = await getState(); // expect: WAC101
  const page = await pull(prev?.last ?? 0);
  await setState({ last: page.last }); // expect: WAC101
  return page.items;
});
