// Small client factories shared by the TypeScript modules.
export type Pager = {
  send(to: string, text: string, urgency?: string): Promise<void>;
  format(to: string, text: string): string;
};

export function makePager(url: string): Pager {
  return {
    async send(to, text, urgency = "routine") {
      await fetch(url, { method: "POST", body: JSON.stringify({ to, text, urgency }) });
    },
    format: (to, text) => `${to}: ${text}`.slice(0, 160),
  };
}
