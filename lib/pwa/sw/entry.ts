/**
 * The service worker, served as /sw.js with scope / (app/sw.js/route.ts bundles this file with
 * esbuild at build time). Each feature installs its own handlers on the worker's global scope:
 * add a line below rather than handlers here. Types: ./types.ts (the DOM lib's view of a worker).
 */
import { installPushHandlers } from "../../push/sw-handlers";
import { installOfflineHandlers, type BareOfflineWords } from "./offline";
import type { SwGlobal } from "./types";

declare const __STEADY_SW_VERSION__: string;
declare const __STEADY_SW_BARE_OFFLINE__: BareOfflineWords;

const sw = self as unknown as SwGlobal;

installOfflineHandlers(sw, __STEADY_SW_VERSION__, __STEADY_SW_BARE_OFFLINE__);
installPushHandlers(sw);
