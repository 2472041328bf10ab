type Opts = {
  host: string;
  port?: number;
  "quoted-key": boolean;
  readonly ro: string;
  nested?: { deep?: string[] };
};

export async function main(opts: Opts, inline: { a?: string; b: number | undefined }) {
  return opts;
}
