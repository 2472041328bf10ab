// SDK: windmill-client 1.818.0 client.mjs: the body replays after each chunk; an export prefix from dayjs() (the clock) in the body changes between replays, so later chunks land under another day's prefix.
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import dayjs from "dayjs";
import postgres from "postgres";
import { task, workflow } from "windmill-client";

type Pg = { host: string; port: number; user: string; password: string; dbname: string };

const countRows = task(async (db: Pg, table: string) => {
  const sql = postgres({ host: db.host, port: db.port, username: db.user, password: db.password, database: db.dbname });
  const [{ n }] = await sql`select count(*)::int as n from ${sql(table)}`;
  await sql.end();
  return n as number;
});

const exportChunk = task(async (db: Pg, table: string, bucket: string, key: string, offset: number, limit: number) => {
  const sql = postgres({ host: db.host, port: db.port, username: db.user, password: db.password, database: db.dbname });
  const rows = await sql`select * from ${sql(table)} order by id limit ${limit} offset ${offset}`;
  await sql.end();
  const body = rows.map((r) => JSON.stringify(r)).join("\n");
  const s3 = new S3Client({});
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: "application/x-ndjson" }));
  return { key, rows: rows.length };
});

export const main = workflow(async (db: Pg, table: string, bucket: string, chunkSize: number = 50000) => {
  const total = await countRows(db, table);
  const prefix = `exports/${table}/${dayjs().format("YYYY/MM/DD")}`; // expect: WAC102
  const written = [];
  for (let offset = 0, part = 0; offset < total; offset += chunkSize, part++) {
    const key = `${prefix}/part-${String(part).padStart(5, "0")}.ndjson`;
    written.push(await exportChunk(db, table, bucket, key, offset, chunkSize));
  }
  return { total, prefix, files: written.length };
});
