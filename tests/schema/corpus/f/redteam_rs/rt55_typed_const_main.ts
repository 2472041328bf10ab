type Handler = (a: string, b?: number) => Promise<string>;

export const main: Handler = async (a, b = 2) => {
  return a;
};
