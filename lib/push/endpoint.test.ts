import { describe, expect, it } from "vitest";
import { endpointAllowed } from "./endpoint";

describe("push endpoints a subscription may point at", () => {
  it("the browsers' push services, over https", () => {
    for (const url of [
      "https://fcm.googleapis.com/fcm/send/abc",
      "https://updates.push.services.mozilla.com/wpush/v2/abc",
      "https://web.push.apple.com/QGx",
      "https://wns2-par02p.notify.windows.com/w/?token=abc",
    ]) {
      expect(endpointAllowed(url, []), url).toBe(true);
    }
  });

  it("nothing else, unless the operator lists its origin", () => {
    for (const url of [
      "http://fcm.googleapis.com/fcm/send/abc",
      "https://fcm.googleapis.com:8443/fcm/send/abc",
      "https://evilfcm.googleapis.com.example.org/x",
      "https://notfcm.googleapis.com.evil/x",
      "https://user:pw@fcm.googleapis.com/x",
      "http://127.0.0.1:6379/",
      "http://169.254.169.254/latest/meta-data",
      "file:///etc/passwd",
      "nonsense",
    ]) {
      expect(endpointAllowed(url, []), url).toBe(false);
    }
    expect(endpointAllowed("http://127.0.0.1:4999/push/1", ["http://127.0.0.1:4999"])).toBe(true);
    expect(endpointAllowed("http://127.0.0.1:5000/push/1", ["http://127.0.0.1:4999"])).toBe(false);
  });
});
