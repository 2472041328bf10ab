// Error and dock helpers the shipping workflows hand their tasks to.
import { releaseDock } from "./tasks.ts";

export async function guarded<T>(fn: (...a: any[]) => PromiseLike<T>, ...args: any[]): Promise<T | null> {
  try {
    return await fn(...args);
  } catch (err) {
    console.warn("guarded call failed", err);
    return null;
  }
}

export async function guardedStrict<T>(fn: (...a: any[]) => PromiseLike<T>, ...args: any[]): Promise<T | null> {
  try {
    return await fn(...args);
  } catch (err) {
    if (err instanceof Error && err.name === "StepSuspend") throw err;
    console.warn("business failure", err);
    return null;
  }
}

// Written against an older SDK whose signal was called `WacSuspend`.
export async function guardedLegacy<T>(fn: (...a: any[]) => PromiseLike<T>, ...args: any[]): Promise<T | null> {
  try {
    return await fn(...args);
  } catch (err) {
    if ((err as Error)?.name === "WacSuspend") throw err;
    return null;
  }
}

export async function logged<T>(fn: (...a: any[]) => PromiseLike<T>, ...args: any[]): Promise<T> {
  try {
    return await fn(...args);
  } catch (err) {
    console.error("failed", err);
    throw err;
  }
}

export async function withDock<T>(dock: string, fn: () => PromiseLike<T>): Promise<T> {
  try {
    return await fn();
  } finally {
    await releaseDock(dock);
  }
}

export async function timedDock<T>(dock: string, fn: () => PromiseLike<T>): Promise<T> {
  const label = `dock ${dock}`;
  try {
    return await fn();
  } finally {
    console.log(`${label} done`);
  }
}
