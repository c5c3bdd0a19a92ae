import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

type PanicRegistry = { get(): string; set_message(message: string): void };

// The wasm glue reports Rust panics through this global (the Prisma CLI installs the same one).
function installPanicRegistry(): void {
  const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };
  if (g.PRISMA_WASM_PANIC_REGISTRY) return;
  let message = "";
  g.PRISMA_WASM_PANIC_REGISTRY = {
    get: () => message,
    set_message: (m) => {
      message = `RuntimeError: ${m}`;
    },
  };
}

/** The message of the last Rust panic in the engine, if any. */
export function panicMessage(): string {
  return (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY?.get() ?? "";
}

let ready: Promise<void> | undefined;

// The engine arms timers it never clears (a 10 s lock timeout among them), which would keep a
// finished CLI process alive for 10 s. We track them so `releaseEngineTimers` can unref them.
const engineTimers = new Set<NodeJS.Timeout>();

function trackedSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    engineTimers.delete(timer);
    callback();
  }, ms >>> 0);
  engineTimers.add(timer);
  return timer;
}

/** Lets leftover engine timers stop holding the process open (call when an operation is done). */
export function releaseEngineTimers(): void {
  for (const timer of engineTimers) timer.unref();
  engineTimers.clear();
}

function gluedImports(): WebAssembly.ModuleImports {
  const imports: WebAssembly.ModuleImports = { ...(bg as unknown as WebAssembly.ModuleImports) };
  for (const name of Object.keys(imports)) if (name.startsWith("__wbg_setTimeout_")) imports[name] = trackedSetTimeout;
  return imports;
}

// Node cannot import the package's `.wasm` entry, so we do by hand what a bundler would:
// compile the module beside the glue and hand every import module the glue's exports.
async function loadWasm(): Promise<void> {
  installPanicRegistry();
  const glue = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = await WebAssembly.compile(await readFile(path.join(path.dirname(glue), "schema_engine_bg.wasm")));
  const glued = gluedImports();
  const imports = Object.fromEntries(WebAssembly.Module.imports(wasmModule).map(({ module: name }) => [name, glued]));
  const instance = await WebAssembly.instantiate(wasmModule, imports);
  const exports = instance.exports as { __wbindgen_start(): void };
  bg.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
}

/** A running engine, and the way back from its "External error id#N" to the adapter's error. */
export type EngineHandle = { engine: SchemaEngine; originalError(error: unknown): unknown };

/** Starts a schema engine for `schemaPath` over a driver adapter factory. Call `engine.free()` when done. */
export async function startSchemaEngine(
  schemaPath: string,
  factory: SqlMigrationAwareDriverAdapterFactory,
  onLog: (line: string) => void = () => {},
): Promise<EngineHandle> {
  ready ??= loadWasm().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  await ready;
  const schema = await readFile(schemaPath, "utf8");
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  // Errors thrown by the adapter (not by PostgreSQL) reach us only as an id into this registry.
  const originalError = (error: unknown) => {
    const id = /External error id#(\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    return (id && bound.errorRegistry.consumeError(Number(id))?.error) || error;
  };
  try {
    // The engine connects right away, so adapter errors can already surface here.
    const engine = await bg.SchemaEngine.new({ datamodels: [[schemaPath, schema]] }, onLog, bound);
    return { engine, originalError };
  } catch (error) {
    throw originalError(error);
  }
}
