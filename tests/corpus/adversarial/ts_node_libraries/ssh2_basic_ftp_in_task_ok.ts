// SDK: windmill-client 1.818.0 client.mjs: tasks run once and are checkpointed; the SSH command and the FTP upload inside them are not repeated by replays.
import { Client as Ftp } from "basic-ftp";
import { Client as Ssh } from "ssh2";
import { task, workflow } from "windmill-client";

const uptime = task(async (host: string) => {
  return await new Promise<string>((resolve, reject) => {
    const conn = new Ssh();
    conn.on("ready", () => conn.exec("uptime", (err, stream) => (err ? reject(err) : stream.on("data", (d: Buffer) => resolve(String(d))))));
    conn.connect({ host, username: "ops" });
  });
});

const publish = task(async (host: string, path: string) => {
  const ftp = new Ftp();
  await ftp.access({ host, user: "anonymous" });
  await ftp.uploadFrom(path, "incoming/report.csv");
  ftp.close();
  return { path };
});

export const main = workflow(async (host: string, path: string) => {
  const up = await uptime(host);
  const sent = await publish(host, path);
  return { up, sent };
});
