// SDK: client.mjs 1.818.0 workflow(fn) replays the body after each task; inversify's container.get(TYPES.Mailer) returns the SmtpMailer the module bound, whose send opens an SMTP transport (nodemailer) on each replay
import "reflect-metadata";
import { Container, inject, injectable } from "inversify";
import nodemailer from "nodemailer";
import { task, workflow } from "windmill-client";

const TYPES = { Mailer: Symbol.for("Mailer"), SmtpUrl: Symbol.for("SmtpUrl") };

interface Mailer {
  send(to: string, subject: string, body: string): Promise<void>;
}

@injectable()  // expect: WAC903
class SmtpMailer implements Mailer {
  constructor(@inject(TYPES.SmtpUrl) private readonly url: string) {}

  async send(to: string, subject: string, body: string): Promise<void> {
    const transport = nodemailer.createTransport(this.url);
    await transport.sendMail({ from: "it@acme.io", to, subject, text: body });
  }
}

const container = new Container();
container.bind<string>(TYPES.SmtpUrl).toConstantValue(process.env.SMTP_URL ?? "smtp://localhost:25");
container.bind<Mailer>(TYPES.Mailer).to(SmtpMailer).inSingletonScope();

const createAccount = task(async function createAccount(email: string, team: string) {
  const res = await fetch("https://idp.internal/scim/v2/Users", {
    method: "POST",
    body: JSON.stringify({ userName: email, groups: [team] }),
  });
  return ((await res.json()) as { id: string }).id;
});

const provisionLaptop = task(async function provisionLaptop(userId: string, model: string) {
  const res = await fetch("https://mdm.internal/api/enrollments", { method: "POST", body: JSON.stringify({ userId, model }) });
  return { userId, enrolled: res.ok };
});

export const main = workflow(async (email: string, team: string, laptop = "mbp-14") => {
  const userId = await createAccount(email, team);
  const device = await provisionLaptop(userId, laptop);
  const mailer = container.get<Mailer>(TYPES.Mailer);
  await mailer.send(email, "Welcome to Acme", `Your account ${userId} is ready; your ${laptop} ships this week.`); // expect: WAC101
  return { userId, ...device };
});
