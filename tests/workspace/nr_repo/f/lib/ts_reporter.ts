export class Reporter {
  constructor(protected target: string) {}

  async report(line: string): Promise<string> {
    return this.deliver(`[${this.target}] ${line}`);
  }

  async deliver(text: string): Promise<string> {
    return text;
  }
}

export async function main(target: string) {
  return new Reporter(target).report("hello");
}
