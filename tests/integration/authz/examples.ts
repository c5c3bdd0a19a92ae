import type { OperationName } from "@/lib/operations/registry";
import type { World } from "./world";

/**
 * Every domain's matrix inputs (lib/<domain>/authz-examples.ts), merged. The matrix checks that
 * each operation of the registry has some.
 */
const modules = import.meta.glob<Record<string, Record<string, (w: World) => unknown[]>>>("../../../lib/*/authz-examples.ts", { eager: true });

export const examples = Object.assign({}, ...Object.values(modules).flatMap((m) => Object.values(m))) as Record<OperationName, (w: World) => unknown[]>;
