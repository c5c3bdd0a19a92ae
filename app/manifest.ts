import type { MetadataRoute } from "next";
import { webAppManifest } from "@/lib/pwa/manifest";

/** /manifest.webmanifest (Next adds the <link rel="manifest"> to every page). */
export default function manifest(): MetadataRoute.Manifest {
  return webAppManifest();
}
