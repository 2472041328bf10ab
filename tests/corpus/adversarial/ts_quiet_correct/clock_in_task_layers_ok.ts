// SDK: windmill-client 1.818.0 client.mjs task(): the task body runs once in its own child job; the clock read three calls deep inside it (a method, a helper, a getter) never runs in the workflow body.
import { task, workflow } from "windmill-client";

function utcStamp(): string {
  return new Date().toISOString();
}

class ReportHeader {
  constructor(private readonly title: string) {}
  get generatedAt(): string {
    return utcStamp();
  }
  render(): string {
    return `# ${this.title}\n_generated ${this.generatedAt}_`;
  }
}

class ReportBuilder {
  build(title: string, rows: { name: string; value: number }[]): string {
    const header = new ReportHeader(title).render();
    const body = rows.map((r) => `| ${r.name} | ${r.value} |`).join("\n");
    return `${header}\n\n| name | value |\n| --- | --- |\n${body}`;
  }
}

const renderReport = task(async (title: string, rows: { name: string; value: number }[]) => {
  return new ReportBuilder().build(title, rows);
});

const upload = task(async (path: string, markdown: string) => {
  await fetch(`https://docs.example.com/pages/${encodeURIComponent(path)}`, { method: "PUT", body: markdown });
  return path;
});

export const main = workflow(async (title: string, rows: { name: string; value: number }[]) => {
  const markdown = await renderReport(title, rows);
  console.log(markdown.split("\n")[0]);
  return { path: await upload(`reports/${title}`, markdown) };
});
