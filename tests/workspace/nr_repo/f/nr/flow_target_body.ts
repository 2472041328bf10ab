import { taskFlow, workflow } from "windmill-client";

const weekly = taskFlow("f/nr/weekly_ok");
const nightly = taskFlow("f/nr/nightly_ok");
const missing = taskFlow("f/nr/weekly"); // expect: WAC401

export const main = workflow(async (bucket: string, table: string) => {
  const a = await weekly({ bucket, days: "7" }); // expect: WAC402
  const b = await nightly({ tabel: table }); // expect: WAC402
  const c = await missing({ bucket });
  return [a, b, c];
});
