// Run bookkeeping records.

export class RunRecord {
  startedAt = Date.now();
  steps: string[] = [];

  constructor(public readonly pipeline: string) {}

  add(step: string): this {
    this.steps.push(step);
    return this;
  }
}

export class RunLabel {
  constructor(
    public readonly pipeline: string,
    public readonly day: string,
  ) {}

  toString(): string {
    return `${this.pipeline}@${this.day}`;
  }
}
