import * as wmill from "windmill-client";

export async function main(day: string, page: number) {
  const res = await fetch(`https://audit.internal/api/logs?day=${day}&per_page=1000&page=${page}`);
  const text = await res.text();
  await wmill.writeS3File({ s3: `audit/${day}/page-${page}.json` }, text);
  return { page, bytes: text.length };
}
