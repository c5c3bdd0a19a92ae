/**
 * Crisis and domestic-abuse lines by country, for the help page. Curated by hand: national,
 * free-to-call services run by public bodies or long-standing charities. To add a country, add an
 * entry below (ISO 3166 code) and its time zones in lib/help/zones.ts; set `lastReviewed` to the
 * day someone checked every number against the service's own website.
 *
 * Review note (2026-12-02): compiled offline from well-known national services; before a public
 * release, each number should be re-checked against the linked website. The page itself tells
 * people to check locally, and always offers Find A Helpline and the emergency number.
 */
export interface HelpLine {
  name: string;
  kind: "crisis" | "abuse";
  /** One line: who it is for and when. */
  about: string;
  /** As people read it, e.g. "116 123". */
  call?: string;
  /** The digits to dial within the country, for a tel: link. */
  tel?: string;
  /** A text or chat service where one exists. */
  text?: { label: string; href: string };
  website?: string;
}

export interface CountryLines {
  code: string;
  name: string;
  /** The number for danger right now. */
  emergency: string;
  lines: HelpLine[];
  lastReviewed: string;
}

const REVIEWED = "2026-12-02";

const crisis = (name: string, about: string, call: string | undefined, website: string | undefined, text?: HelpLine["text"]): HelpLine => ({
  name,
  kind: "crisis",
  about,
  ...(call ? { call, tel: call.replace(/[^\d+]/g, "") } : {}),
  ...(text ? { text } : {}),
  ...(website ? { website } : {}),
});
const abuse = (name: string, about: string, call: string | undefined, website: string | undefined, text?: HelpLine["text"]): HelpLine => ({
  ...crisis(name, about, call, website, text),
  kind: "abuse",
});

export const COUNTRIES: CountryLines[] = [
  {
    code: "US",
    name: "United States",
    emergency: "911",
    lines: [
      crisis("988 Suicide & Crisis Lifeline", "Call or text, any time, for any kind of emotional crisis.", "988", "https://988lifeline.org", { label: "Text 988", href: "sms:988" }),
      abuse("National Domestic Violence Hotline", "Confidential support for anyone experiencing abuse, any time.", "1-800-799-7233", "https://www.thehotline.org", { label: "Text START to 88788", href: "sms:88788?body=START" }),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "CA",
    name: "Canada",
    emergency: "911",
    lines: [
      crisis("9-8-8 Suicide Crisis Helpline", "Call or text, any time, in English or French.", "988", "https://988.ca", { label: "Text 988", href: "sms:988" }),
      abuse("ShelterSafe", "Find a shelter or transition house near you for women and children facing abuse.", undefined, "https://www.sheltersafe.ca"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "GB",
    name: "United Kingdom",
    emergency: "999",
    lines: [
      crisis("Samaritans", "Free, any time, whatever you’re going through.", "116 123", "https://www.samaritans.org"),
      crisis("Shout", "Free, confidential text support, any time.", undefined, "https://giveusashout.org", { label: "Text SHOUT to 85258", href: "sms:85258?body=SHOUT" }),
      abuse("National Domestic Abuse Helpline (Refuge)", "Free, confidential, any time, for anyone experiencing domestic abuse.", "0808 2000 247", "https://www.nationaldahelpline.org.uk"),
      abuse("Men’s Advice Line", "For men experiencing domestic abuse.", "0808 801 0327", "https://mensadviceline.org.uk"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "IE",
    name: "Ireland",
    emergency: "112 or 999",
    lines: [
      crisis("Samaritans Ireland", "Free, any time, whatever you’re going through.", "116 123", "https://www.samaritans.org/ireland/"),
      abuse("Women’s Aid 24hr National Freephone Helpline", "Free and confidential, any time.", "1800 341 900", "https://www.womensaid.ie"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "AU",
    name: "Australia",
    emergency: "000",
    lines: [
      crisis("Lifeline", "Crisis support and suicide prevention, any time.", "13 11 14", "https://www.lifeline.org.au", { label: "Text 0477 13 11 14", href: "sms:0477131114" }),
      abuse("1800RESPECT", "National domestic, family and sexual violence counselling, any time.", "1800 737 732", "https://www.1800respect.org.au"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "NZ",
    name: "New Zealand",
    emergency: "111",
    lines: [
      crisis("1737, Need to talk?", "Free call or text, any time, to talk with a trained counsellor.", "1737", "https://1737.org.nz", { label: "Text 1737", href: "sms:1737" }),
      abuse("Women’s Refuge", "Crisis line for anyone experiencing family violence, any time.", "0800 733 843", "https://womensrefuge.org.nz"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "DE",
    name: "Germany",
    emergency: "112",
    lines: [
      crisis("TelefonSeelsorge", "Free and anonymous, any time.", "0800 111 0 111", "https://www.telefonseelsorge.de"),
      abuse("Hilfetelefon Gewalt gegen Frauen", "Free, any time, in many languages.", "116 016", "https://www.hilfetelefon.de"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "AT",
    name: "Austria",
    emergency: "112",
    lines: [
      crisis("Telefonseelsorge", "Free, any time.", "142", "https://www.telefonseelsorge.at"),
      abuse("Frauenhelpline gegen Gewalt", "Free, any time.", "0800 222 555", "https://www.frauenhelpline.at"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "CH",
    name: "Switzerland",
    emergency: "112",
    lines: [
      crisis("Die Dargebotene Hand / La Main Tendue", "Any time, anonymous.", "143", "https://www.143.ch"),
      abuse("Opferhilfe Schweiz", "Find victim support centres near you.", undefined, "https://www.opferhilfe-schweiz.ch"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "FR",
    name: "France",
    emergency: "112",
    lines: [
      crisis("3114 — Numéro national de prévention du suicide", "Free, any time.", "3114", "https://3114.fr"),
      abuse("3919 — Violences Femmes Info", "Free and anonymous, any time.", "3919", "https://arretonslesviolences.gouv.fr"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "ES",
    name: "Spain",
    emergency: "112",
    lines: [
      crisis("024 — Línea de atención a la conducta suicida", "Free, any time.", "024", "https://www.sanidad.gob.es"),
      abuse("016 — Atención a víctimas de violencia de género", "Free, any time, leaves no trace on the phone bill.", "016", "https://violenciagenero.igualdad.gob.es"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "IT",
    name: "Italy",
    emergency: "112",
    lines: [
      crisis("Telefono Amico Italia", "Someone to listen when you need to talk.", "02 2327 2327", "https://www.telefonoamico.it"),
      abuse("1522 — Antiviolenza e Stalking", "Free, any time.", "1522", "https://www.1522.eu"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "NL",
    name: "Netherlands",
    emergency: "112",
    lines: [
      crisis("113 Zelfmoordpreventie", "Any time, by phone or chat.", "0800 0113", "https://www.113.nl"),
      abuse("Veilig Thuis", "Advice and support about domestic violence.", "0800 2000", "https://veiligthuis.nl"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "BE",
    name: "Belgium",
    emergency: "112",
    lines: [
      crisis("Zelfmoordlijn 1813", "In Dutch, any time.", "1813", "https://www.zelfmoord1813.be"),
      crisis("Centre de Prévention du Suicide", "In French, any time.", "0800 32 123", "https://www.preventionsuicide.be"),
      abuse("1712", "In Dutch: violence, abuse and child abuse.", "1712", "https://www.1712.be"),
      abuse("Écoute violences conjugales", "In French: partner violence.", "0800 30 030", "https://www.ecouteviolencesconjugales.be"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "SE",
    name: "Sweden",
    emergency: "112",
    lines: [
      crisis("Självmordslinjen (Mind)", "Call or chat when you have thoughts of suicide.", "90101", "https://mind.se"),
      abuse("Kvinnofridslinjen", "Free, any time, for anyone subjected to violence.", "020-50 50 50", "https://kvinnofridslinjen.se"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "NO",
    name: "Norway",
    emergency: "112",
    lines: [
      crisis("Mental Helse Hjelpetelefonen", "Free, any time.", "116 123", "https://mentalhelse.no"),
      abuse("Vold- og overgrepslinjen", "Free, for anyone affected by violence or abuse.", "116 006", "https://dinutvei.no"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "DK",
    name: "Denmark",
    emergency: "112",
    lines: [
      crisis("Livslinien", "For anyone with thoughts of suicide.", "70 201 201", "https://www.livslinien.dk"),
      abuse("Lev Uden Vold", "National hotline about violence in close relationships.", "1888", "https://levudenvold.dk"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "FI",
    name: "Finland",
    emergency: "112",
    lines: [
      crisis("MIELI Crisis Helpline", "Crisis support, any time.", "09 2525 0111", "https://mieli.fi"),
      abuse("Nollalinja", "Free, any time, for anyone experiencing violence in a close relationship.", "080 005 005", "https://www.nollalinja.fi"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "PT",
    name: "Portugal",
    emergency: "112",
    lines: [
      crisis("SNS 24", "The national health line, with psychological support.", "808 24 24 24", "https://www.sns24.gov.pt"),
      abuse("Linha de apoio a vítimas de violência doméstica", "Free, any time.", "800 202 148", "https://www.cig.gov.pt"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "BR",
    name: "Brazil",
    emergency: "190 (police) · 192 (ambulance)",
    lines: [
      crisis("CVV — Centro de Valorização da Vida", "Free, any time.", "188", "https://cvv.org.br"),
      abuse("Ligue 180 — Central de Atendimento à Mulher", "Free, any time.", "180", "https://www.gov.br/mulheres"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "MX",
    name: "Mexico",
    emergency: "911",
    lines: [
      crisis("Línea de la Vida", "Free, any time.", "800 911 2000", "https://www.gob.mx/salud/conadic"),
      abuse("Red Nacional de Refugios", "Support and shelter for women facing violence.", undefined, "https://rednacionalderefugios.org.mx"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "AR",
    name: "Argentina",
    emergency: "911",
    lines: [
      crisis("Centro de Asistencia al Suicida", "From Buenos Aires city and province; elsewhere (011) 5275-1135.", "135", "https://www.asistenciaalsuicida.org.ar"),
      abuse("Línea 144", "Free, any time, for gender-based violence.", "144", "https://www.argentina.gob.ar/generos/linea-144"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "IN",
    name: "India",
    emergency: "112",
    lines: [
      crisis("Tele-MANAS", "Free national mental health helpline, any time.", "14416", "https://telemanas.mohfw.gov.in"),
      abuse("Women Helpline", "Free, any time.", "181", "https://wcd.nic.in"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "ZA",
    name: "South Africa",
    emergency: "10111 (police) · 112 from a mobile",
    lines: [
      crisis("SADAG Suicide Crisis Helpline", "Free, any time.", "0800 567 567", "https://www.sadag.org"),
      abuse("GBV Command Centre", "Free, any time, for gender-based violence.", "0800 428 428", undefined),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "JP",
    name: "Japan",
    emergency: "110 (police) · 119 (ambulance)",
    lines: [
      crisis("Yorisoi Hotline (よりそいホットライン)", "Free, any time, in several languages.", "0120-279-338", "https://www.since2011.net/yorisoi/"),
      abuse("DV Soudan+ (DV相談＋)", "Free, any time, by phone or chat.", "0120-279-889", "https://soudanplus.jp"),
    ],
    lastReviewed: REVIEWED,
  },
];

/** For a country not listed (or not known): an international directory and the general advice. */
export const DEFAULT_LINES: CountryLines = {
  code: "other",
  name: "Somewhere else",
  emergency: "your local emergency number (112 works from mobile phones in many countries)",
  lines: [
    crisis("Find A Helpline", "Free, confidential helplines in more than 130 countries, for any kind of crisis.", undefined, "https://findahelpline.com"),
    abuse("Domestic abuse services", "Search “domestic violence helpline” and your country’s name: local women’s and men’s services help anyone who feels afraid at home.", undefined, undefined),
  ],
  lastReviewed: REVIEWED,
};

export function linesFor(code: string | null | undefined): CountryLines {
  return COUNTRIES.find((c) => c.code === code) ?? DEFAULT_LINES;
}
