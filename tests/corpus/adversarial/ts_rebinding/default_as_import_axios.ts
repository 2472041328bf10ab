// SDK: windmill-client 1.818.0 client.mjs: the body replays; `import { default as http } from "axios"` is axios itself.
import { default as http } from "axios";
import { task, workflow } from "windmill-client";

const render = task(async (id: string) => ({ id, html: `<p>${id}</p>` }));

export const main = workflow(async (id: string) => {
  const page = await render(id);
  await http.put(`https://cms.example.com/pages/${page.id}`, page); // expect: WAC101
  return page.id;
});
