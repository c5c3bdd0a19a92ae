/**
 * The few service-worker types the worker uses. TypeScript's "webworker" lib cannot be combined
 * with the "dom" lib the rest of the project compiles with (they declare the same globals
 * differently), so the worker's global scope is declared here, in DOM terms, and the worker files
 * stay in the one `tsc --noEmit` program. Extend it here when the worker needs more.
 */

export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  readonly clientId: string;
  readonly resultingClientId: string;
  readonly preloadResponse: Promise<Response | undefined>;
  respondWith(response: Response | Promise<Response>): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly source: SwClient | null;
  readonly ports: readonly MessagePort[];
}

export interface PushMessageData {
  json(): unknown;
  text(): string;
  arrayBuffer(): ArrayBuffer;
}

export interface PushEvent extends ExtendableEvent {
  readonly data: PushMessageData | null;
}

export interface NotificationEvent extends ExtendableEvent {
  readonly notification: Notification;
  readonly action: string;
}

export interface SwClient {
  readonly id: string;
  readonly url: string;
  readonly type: "window" | "worker" | "sharedworker";
  postMessage(message: unknown): void;
}

export interface SwWindowClient extends SwClient {
  readonly focused: boolean;
  readonly visibilityState: DocumentVisibilityState;
  focus(): Promise<SwWindowClient>;
  navigate(url: string): Promise<SwWindowClient | null>;
}

export interface SwClients {
  claim(): Promise<void>;
  get(id: string): Promise<SwClient | undefined>;
  matchAll(options?: { includeUncontrolled?: boolean; type?: "window" | "worker" | "sharedworker" | "all" }): Promise<readonly SwWindowClient[]>;
  openWindow(url: string): Promise<SwWindowClient | null>;
}

export interface SwEventMap {
  install: ExtendableEvent;
  activate: ExtendableEvent;
  fetch: FetchEvent;
  message: ExtendableMessageEvent;
  push: PushEvent;
  notificationclick: NotificationEvent;
  notificationclose: NotificationEvent;
  pushsubscriptionchange: ExtendableEvent;
}

/** The worker's global scope (`self` in the worker), as far as Steady uses it. */
export interface SwGlobal {
  readonly registration: ServiceWorkerRegistration;
  readonly clients: SwClients;
  readonly caches: CacheStorage;
  readonly location: Location;
  /** The phone's languages, best first (WorkerNavigator.languages). */
  readonly navigator: { readonly languages: readonly string[] };
  skipWaiting(): Promise<void>;
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  addEventListener<K extends keyof SwEventMap>(type: K, listener: (event: SwEventMap[K]) => void): void;
}
