// SDK: windmill-client 1.818.0 client.mjs: only I/O repeats harmfully on replay; a URL builder with a query() method does none.
import { task, workflow } from "windmill-client";

class Url {
  private params = new URLSearchParams();
  constructor(private readonly base: string) {}
  query(key: string, value: string | number) {
    this.params.set(key, String(value));
    return this;
  }
  toString() {
    return `${this.base}?${this.params}`;
  }
}

const download = task(async (url: string) => (await fetch(url)).status);

export const main = workflow(async (dataset: string, year: number) => {
  const url = new Url(`https://open-data.example.com/${dataset}`).query("year", year).query("format", "csv");
  const status = await download(url.toString());
  return { url: url.toString(), status };
});
