import { taskScript, workflow } from "windmill-client";

const shapes = taskScript("f/nr/targets/shapes");

export const main = workflow(async (when: string) => {
  const a = await shapes({ data: { a: 1 }, items: ["x"], when: "2024-01-01T00:00:00Z", blob: "aGk=" });
  const b = await shapes({ data: {}, items: [], when, extra: [1, 2] });
  return [a, b];
});
