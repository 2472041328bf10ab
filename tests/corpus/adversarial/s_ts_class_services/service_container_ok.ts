// SDK: windmill-client 1.818.0 client.mjs task() (the mail goes out from the child job, once), workflow()
import nodemailer from "nodemailer";
import { task, workflow } from "windmill-client";

type Factory<T> = () => T;

class Container {
  private readonly factories = new Map<string, Factory<unknown>>();

  register<T>(token: string, factory: Factory<T>): this {
    this.factories.set(token, factory);
    return this;
  }

  resolve<T>(token: string): T {
    const factory = this.factories.get(token);
    if (!factory) throw new Error(`no provider for ${token}`);
    return factory() as T;
  }
}

class Mailer {
  private readonly transport = nodemailer.createTransport({ host: "smtp.internal", port: 587 });

  async send(to: string, subject: string, text: string) {
    const info = await this.transport.sendMail({ from: "ops@acme.dev", to, subject, text });
    return info.messageId;
  }
}

class Templates {
  ready(team: string, url: string) {
    return { subject: `Workspace ${team} is ready`, text: `Open it at ${url}` };
  }
}

const container = new Container()
  .register("mailer", () => new Mailer())
  .register("templates", () => new Templates());

const provisionWorkspace = task(async (team: string, owner: string) => {
  const res = await fetch("https://platform.internal/workspaces", {
    method: "POST",
    body: JSON.stringify({ team, owner }),
  });
  return ((await res.json()) as { url: string }).url;
});

const sendMail = task(async (to: string, subject: string, text: string) =>
  container.resolve<Mailer>("mailer").send(to, subject, text),
);

export const main = workflow(async (team: string, owner_email: string) => {
  const url = await provisionWorkspace(team, owner_email);
  const { subject, text } = container.resolve<Templates>("templates").ready(team, url);
  const messageId = await sendMail(owner_email, subject, text);
  return { team, url, messageId };
});
