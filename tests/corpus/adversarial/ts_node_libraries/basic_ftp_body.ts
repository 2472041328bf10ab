// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the FTP login, upload and QUIT in the body are made again on every replay.
import * as ftp from "basic-ftp";
import { task, workflow } from "windmill-client";

const exportCsv = task(async (day: string) => `/tmp/export-${day}.csv`);

export const main = workflow(async (day: string, password: string) => {
  const path = await exportCsv(day);
  const client = new ftp.Client();
  await client.access({ host: "ftp.partner.example.com", user: "acme", password }); // expect: WAC101
  await client.uploadFrom(path, `in/${day}.csv`); // expect: WAC101
  client.close(); // expect: WAC101
  return { path };
});
