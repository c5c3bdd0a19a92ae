/**
 * A first guess at someone's country from their time zone, for the help page (people can change
 * it). Only the countries lib/help/lines.ts lists; everything else is "other". IANA zones name a
 * city, not a country, so this is a small hand-made map rather than anything Intl provides.
 */
const ZONES: Record<string, string[]> = {
  US: [
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix", "America/Anchorage",
    "America/Adak", "America/Boise", "America/Detroit", "America/Juneau", "America/Menominee", "America/Metlakatla",
    "America/Nome", "America/Sitka", "America/Yakutat", "Pacific/Honolulu", "US/Eastern", "US/Central", "US/Mountain", "US/Pacific",
  ],
  CA: [
    "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax", "America/St_Johns",
    "America/Regina", "America/Moncton", "America/Glace_Bay", "America/Goose_Bay", "America/Whitehorse", "America/Dawson",
    "America/Dawson_Creek", "America/Fort_Nelson", "America/Creston", "America/Cambridge_Bay", "America/Inuvik", "America/Iqaluit",
    "America/Rankin_Inlet", "America/Resolute", "America/Swift_Current", "America/Atikokan", "America/Blanc-Sablon", "America/Montreal",
  ],
  GB: ["Europe/London", "Europe/Belfast", "GB"],
  IE: ["Europe/Dublin", "Eire"],
  AU: ["Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth", "Australia/Adelaide", "Australia/Hobart", "Australia/Darwin", "Australia/Canberra", "Australia/Lord_Howe", "Australia/Broken_Hill", "Australia/Lindeman", "Australia/Eucla"],
  NZ: ["Pacific/Auckland", "Pacific/Chatham", "NZ"],
  DE: ["Europe/Berlin", "Europe/Busingen"],
  AT: ["Europe/Vienna"],
  CH: ["Europe/Zurich"],
  FR: ["Europe/Paris"],
  ES: ["Europe/Madrid", "Atlantic/Canary", "Africa/Ceuta"],
  IT: ["Europe/Rome"],
  NL: ["Europe/Amsterdam"],
  BE: ["Europe/Brussels"],
  SE: ["Europe/Stockholm"],
  NO: ["Europe/Oslo"],
  DK: ["Europe/Copenhagen"],
  FI: ["Europe/Helsinki"],
  PT: ["Europe/Lisbon", "Atlantic/Azores", "Atlantic/Madeira"],
  BR: [
    "America/Sao_Paulo", "America/Bahia", "America/Fortaleza", "America/Recife", "America/Belem", "America/Manaus", "America/Cuiaba",
    "America/Campo_Grande", "America/Porto_Velho", "America/Boa_Vista", "America/Rio_Branco", "America/Maceio", "America/Araguaina",
    "America/Santarem", "America/Noronha", "America/Eirunepe",
  ],
  MX: [
    "America/Mexico_City", "America/Cancun", "America/Merida", "America/Monterrey", "America/Matamoros", "America/Chihuahua",
    "America/Ciudad_Juarez", "America/Ojinaga", "America/Mazatlan", "America/Bahia_Banderas", "America/Hermosillo", "America/Tijuana",
  ],
  IN: ["Asia/Kolkata", "Asia/Calcutta"],
  ZA: ["Africa/Johannesburg"],
  JP: ["Asia/Tokyo", "Japan"],
};

// Whole families of zones that belong to one country.
const PREFIXES: [string, string][] = [
  ["America/Indiana/", "US"],
  ["America/Kentucky/", "US"],
  ["America/North_Dakota/", "US"],
  ["America/Argentina/", "AR"],
  ["Canada/", "CA"],
  ["Brazil/", "BR"],
  ["Mexico/", "MX"],
];

const byZone = new Map(Object.entries(ZONES).flatMap(([code, zones]) => zones.map((zone) => [zone, code] as const)));

/** The country code a time zone suggests, or null when it suggests none we list. */
export function countryForTimeZone(timeZone: string | null | undefined): string | null {
  if (!timeZone) return null;
  return byZone.get(timeZone) ?? PREFIXES.find(([prefix]) => timeZone.startsWith(prefix))?.[1] ?? null;
}
