export const API = {
  post: async (path: string, body: unknown) =>
    (await fetch(`https://billing.example.com/v2${path}`, { method: "POST", body: JSON.stringify(body) })).json(),
  url: (path: string) => `https://billing.example.com/v2${path}`,
};
