// SDK: windmill-client 1.818.0 index.js: the body re-runs from the top after each task; class-validator's property decorators only record metadata when the class is defined, and `plainToInstance` / `validate` check the input in memory (no I/O, same answer every round); the task gets plain fields
import { task, workflow } from "windmill-client";
import "reflect-metadata";
import { plainToInstance } from "class-transformer";
import { IsEmail, IsIn, IsInt, IsString, Max, Min, validate } from "class-validator";

class SubscriptionDto {
  @IsEmail()  // expect: WAC903
  email!: string;

  @IsString()
  @IsIn(["green", "black", "oolong", "pu-erh"])
  family!: string;

  @IsInt()
  @Min(50)
  @Max(1000)
  gramsPerMonth!: number;
}

const subscribe = task(async function subscribe(email: string, family: string, gramsPerMonth: number) {
  const r = await fetch("https://shop.leafhouse.example/api/subscriptions", {
    method: "POST",
    body: JSON.stringify({ email, family, gramsPerMonth }),
  });
  return (await r.json()) as { subscriptionId: string };
});

export const main = workflow(async (email: string, family: string, gramsPerMonth: number) => {
  const dto = plainToInstance(SubscriptionDto, { email, family, gramsPerMonth });
  const errors = await validate(dto);
  if (errors.length > 0) {
    return { ok: false, errors: errors.map((e) => ({ property: e.property, constraints: e.constraints })) };
  }
  const sub = await subscribe(dto.email, dto.family, dto.gramsPerMonth);
  return { ok: true, subscriptionId: sub.subscriptionId };
});
