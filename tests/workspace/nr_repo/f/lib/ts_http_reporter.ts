import { Reporter } from "./ts_reporter.ts";

export class HttpReporter extends Reporter {
  async deliver(text: string): Promise<string> {
    const res = await fetch(this.target, { method: "POST", body: text });
    return res.statusText;
  }
}

export async function main(target: string) {
  return new HttpReporter(target).report("hello");
}
