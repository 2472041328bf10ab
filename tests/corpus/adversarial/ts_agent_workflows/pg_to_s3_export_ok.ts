// SDK: windmill-client 1.818.0 client.mjs: the same export written correctly: the export day is an input (defaulting to a step-captured date), dayjs only formats it.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import dayjs from "dayjs";
import postgres from "postgres";
import { step, task, workflow } from "windmill-client";

type Pg = { host: string; port: number; user: string; password: string; dbname: string };

const s3 = new S3Client({ region: "eu-central-1" });

function connect(db: Pg) {
  return postgres({ host: db.host, port: db.port, username: db.user, password: db.password, database: db.dbname });
}

const countRows = task(async (db: Pg, table: string) => {
  const sql = connect(db);
  const [{ n }] = await sql`select count(*)::int as n from ${sql(table)}`;
  await sql.end();
  return n as number;
});

const exportChunk = task(async (db: Pg, table: string, bucket: string, key: string, offset: number, limit: number) => {
  const sql = connect(db);
  const rows = await sql`select * from ${sql(table)} order by id limit ${limit} offset ${offset}`;
  await sql.end();
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: rows.map((r) => JSON.stringify(r)).join("\n") }));
  return { key, rows: rows.length };
});

export const main = workflow(async (db: Pg, table: string, bucket: string, day: string = "", chunkSize: number = 50000) => {
  const exportDay = day || (await step("export_day", () => new Date().toISOString().slice(0, 10)));
  const total = await countRows(db, table);
  const prefix = `exports/${table}/${dayjs(exportDay).format("YYYY/MM/DD")}`;
  const written = [];
  for (let offset = 0, part = 0; offset < total; offset += chunkSize, part++) {
    const key = `${prefix}/part-${String(part).padStart(5, "0")}.ndjson`;
    written.push(await exportChunk(db, table, bucket, key, offset, chunkSize));
  }
  return { total, prefix, files: written.length };
});
