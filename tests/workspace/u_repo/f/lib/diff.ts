// Set differences between customer snapshots.
import { labelled, logged } from "./decorators.ts";

export class CustomerDiff {
  constructor(private readonly before: string[], private readonly after: string[]) {}

  @logged
  added(): string[] {
    return this.after.filter((c) => !this.before.includes(c));
  }

  @labelled("removed")
  removed(): string[] {
    return this.before.filter((c) => !this.after.includes(c));
  }
}
