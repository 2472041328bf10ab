// SDK: windmill-client 1.818.0 client.mjs: the SFTP upload runs inside a task, once.
import SftpClient from "ssh2-sftp-client";
import { task, workflow } from "windmill-client";

const upload = task(async (host: string, path: string, body: string) => {
  const sftp = new SftpClient();
  await sftp.connect({ host, username: "etl" });
  await sftp.put(Buffer.from(body), path);
  await sftp.end();
  return path;
});

export const main = workflow(async (host: string, day: string) => {
  return await upload(host, `/in/${day}.csv`, "a,b\n1,2\n");
});
