// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round), task(); nodemailer Transporter.sendMail sends over SMTP
import nodemailer from "nodemailer";
import { task, workflow } from "windmill-client";

type Factory<T> = () => T;

class Container {
  private readonly factories = new Map<string, Factory<unknown>>();
  private readonly singletons = new Map<string, unknown>();

  register<T>(token: string, factory: Factory<T>): this {
    this.factories.set(token, factory);
    return this;
  }

  resolve<T>(token: string): T {
    if (!this.singletons.has(token)) {
      const factory = this.factories.get(token);
      if (!factory) throw new Error(`no provider for ${token}`);
      this.singletons.set(token, factory());
    }
    return this.singletons.get(token) as T;
  }
}

class Mailer {
  private readonly transport = nodemailer.createTransport({ host: "smtp.internal", port: 587 });

  async send(to: string, subject: string, text: string) {
    const info = await this.transport.sendMail({ from: "ops@acme.dev", to, subject, text });
    return info.messageId;
  }
}

const container = new Container().register("mailer", () => new Mailer());

const provisionWorkspace = task(async (team: string, owner: string) => {
  const res = await fetch("https://platform.internal/workspaces", {
    method: "POST",
    body: JSON.stringify({ team, owner }),
  });
  return ((await res.json()) as { url: string }).url;
});

export const main = workflow(async (team: string, owner_email: string) => {
  const url = await provisionWorkspace(team, owner_email);
  const mailer = container.resolve<Mailer>("mailer");
  await mailer.send(owner_email, `Workspace ${team} is ready`, `Open it at ${url}`); // expect: WAC101
  return { team, url };
});
