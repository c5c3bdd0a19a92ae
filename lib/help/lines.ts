/**
 * Crisis and domestic-abuse lines by country, for the help page. Curated by hand: national,
 * free-to-call services run by public bodies or long-standing charities. To add a country, add an
 * entry below (ISO 3166 code) and its time zones in lib/help/zones.ts; set `lastReviewed` to the
 * day someone checked every number against the service's own website.
 *
 * Review note (2026-12-02): compiled offline from well-known national services; before a public
 * release, each number should be re-checked against the linked website. The page itself tells
 * people to check locally, and always offers Find A Helpline and the emergency number.
 *
 * Names and numbers are data, shown as they are; the words about them are catalogue keys
 * (messages: help.about.*, help.lines.*), and country names come from Intl.DisplayNames.
 */
import type en from "../../messages/en.json";

/** A line's description, a key of help.about in the catalogue. */
export type AboutKey = keyof (typeof en)["help"]["about"];
export interface HelpLine {
  name: string;
  kind: "crisis" | "abuse";
  /** One line: who it is for and when (a key of help.about). */
  about: AboutKey;
  /** A generic service with no name of its own: its words (a key of help.lines). */
  nameKey?: "domesticAbuse";
  /** As people read it, e.g. "116 123". */
  call?: string;
  /** The digits to dial within the country, for a tel: link. */
  tel?: string;
  /** A text or chat service where one exists. */
  text?: { number: string; /** What to send, when the service asks for a word ("SHOUT"). */ word?: string; href: string };
  website?: string;
}

/** The number for danger right now: digits, or one of a few shapes the catalogue words. */
export type Emergency = string | { either: [string, string] } | { police: string; ambulance: string } | { police: string; mobile: string } | { local: true };

export interface CountryLines {
  /** ISO 3166 code (its name comes from Intl.DisplayNames), or "other". */
  code: string;
  emergency: Emergency;
  lines: HelpLine[];
  lastReviewed: string;
}

const REVIEWED = "2026-12-02";

const crisis = (name: string, about: AboutKey, call: string | undefined, website: string | undefined, text?: HelpLine["text"]): HelpLine => ({
  name,
  kind: "crisis",
  about,
  ...(call ? { call, tel: call.replace(/[^\d+]/g, "") } : {}),
  ...(text ? { text } : {}),
  ...(website ? { website } : {}),
});
const abuse = (name: string, about: AboutKey, call: string | undefined, website: string | undefined, text?: HelpLine["text"]): HelpLine => ({
  ...crisis(name, about, call, website, text),
  kind: "abuse",
});

export const COUNTRIES: CountryLines[] = [
  {
    code: "US",
    emergency: "911",
    lines: [
      crisis("988 Suicide & Crisis Lifeline", "callOrTextAnyCrisis", "988", "https://988lifeline.org", { number: "988", href: "sms:988" }),
      abuse("National Domestic Violence Hotline", "confidentialSupportForAnyoneExperiencing", "1-800-799-7233", "https://www.thehotline.org", { word: "START", number: "88788", href: "sms:88788?body=START" }),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "CA",
    emergency: "911",
    lines: [
      crisis("9-8-8 Suicide Crisis Helpline", "callOrTextEnglishFrench", "988", "https://988.ca", { number: "988", href: "sms:988" }),
      abuse("ShelterSafe", "findAShelterOrTransition", undefined, "https://www.sheltersafe.ca"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "GB",
    emergency: "999",
    lines: [
      crisis("Samaritans", "freeAnyTimeWhateverYou", "116 123", "https://www.samaritans.org"),
      crisis("Shout", "freeConfidentialTextSupportAny", undefined, "https://giveusashout.org", { word: "SHOUT", number: "85258", href: "sms:85258?body=SHOUT" }),
      abuse("National Domestic Abuse Helpline (Refuge)", "freeConfidentialAnyTimeFor", "0808 2000 247", "https://www.nationaldahelpline.org.uk"),
      abuse("Men’s Advice Line", "forMenExperiencingDomesticAbuse", "0808 801 0327", "https://mensadviceline.org.uk"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "IE",
    emergency: { either: ["112", "999"] },
    lines: [
      crisis("Samaritans Ireland", "freeAnyTimeWhateverYou", "116 123", "https://www.samaritans.org/ireland/"),
      abuse("Women’s Aid 24hr National Freephone Helpline", "freeAndConfidentialAnyTime", "1800 341 900", "https://www.womensaid.ie"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "AU",
    emergency: "000",
    lines: [
      crisis("Lifeline", "crisisSupportAndSuicidePrevention", "13 11 14", "https://www.lifeline.org.au", { number: "0477 13 11 14", href: "sms:0477131114" }),
      abuse("1800RESPECT", "nationalDomesticFamilyAndSexual", "1800 737 732", "https://www.1800respect.org.au"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "NZ",
    emergency: "111",
    lines: [
      crisis("1737, Need to talk?", "freeCallOrTextAny", "1737", "https://1737.org.nz", { number: "1737", href: "sms:1737" }),
      abuse("Women’s Refuge", "crisisLineForAnyoneExperiencing", "0800 733 843", "https://womensrefuge.org.nz"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "DE",
    emergency: "112",
    lines: [
      crisis("TelefonSeelsorge", "freeAndAnonymousAnyTime", "0800 111 0 111", "https://www.telefonseelsorge.de"),
      abuse("Hilfetelefon Gewalt gegen Frauen", "freeAnyTimeInMany", "116 016", "https://www.hilfetelefon.de"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "AT",
    emergency: "112",
    lines: [
      crisis("Telefonseelsorge", "freeAnyTime", "142", "https://www.telefonseelsorge.at"),
      abuse("Frauenhelpline gegen Gewalt", "freeAnyTime", "0800 222 555", "https://www.frauenhelpline.at"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "CH",
    emergency: "112",
    lines: [
      crisis("Die Dargebotene Hand / La Main Tendue", "anyTimeAnonymous", "143", "https://www.143.ch"),
      abuse("Opferhilfe Schweiz", "findVictimSupportCentresNear", undefined, "https://www.opferhilfe-schweiz.ch"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "FR",
    emergency: "112",
    lines: [
      crisis("3114 — Numéro national de prévention du suicide", "freeAnyTime", "3114", "https://3114.fr"),
      abuse("3919 — Violences Femmes Info", "freeAndAnonymousAnyTime", "3919", "https://arretonslesviolences.gouv.fr"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "ES",
    emergency: "112",
    lines: [
      crisis("024 — Línea de atención a la conducta suicida", "freeAnyTime", "024", "https://www.sanidad.gob.es"),
      abuse("016 — Atención a víctimas de violencia de género", "freeAnyTimeLeavesNo", "016", "https://violenciagenero.igualdad.gob.es"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "IT",
    emergency: "112",
    lines: [
      crisis("Telefono Amico Italia", "someoneToListenWhenYou", "02 2327 2327", "https://www.telefonoamico.it"),
      abuse("1522 — Antiviolenza e Stalking", "freeAnyTime", "1522", "https://www.1522.eu"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "NL",
    emergency: "112",
    lines: [
      crisis("113 Zelfmoordpreventie", "anyTimeByPhoneOr", "0800 0113", "https://www.113.nl"),
      abuse("Veilig Thuis", "adviceAndSupportAboutDomestic", "0800 2000", "https://veiligthuis.nl"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "BE",
    emergency: "112",
    lines: [
      crisis("Zelfmoordlijn 1813", "inDutchAnyTime", "1813", "https://www.zelfmoord1813.be"),
      crisis("Centre de Prévention du Suicide", "inFrenchAnyTime", "0800 32 123", "https://www.preventionsuicide.be"),
      abuse("1712", "inDutchViolenceAbuseAnd", "1712", "https://www.1712.be"),
      abuse("Écoute violences conjugales", "inFrenchPartnerViolence", "0800 30 030", "https://www.ecouteviolencesconjugales.be"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "SE",
    emergency: "112",
    lines: [
      crisis("Självmordslinjen (Mind)", "callOrChatWhenYou", "90101", "https://mind.se"),
      abuse("Kvinnofridslinjen", "freeAnyTimeSubjectedViolence", "020-50 50 50", "https://kvinnofridslinjen.se"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "NO",
    emergency: "112",
    lines: [
      crisis("Mental Helse Hjelpetelefonen", "freeAnyTime", "116 123", "https://mentalhelse.no"),
      abuse("Vold- og overgrepslinjen", "freeForAnyoneAffectedBy", "116 006", "https://dinutvei.no"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "DK",
    emergency: "112",
    lines: [
      crisis("Livslinien", "forAnyoneWithThoughtsOf", "70 201 201", "https://www.livslinien.dk"),
      abuse("Lev Uden Vold", "nationalHotlineAboutViolenceIn", "1888", "https://levudenvold.dk"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "FI",
    emergency: "112",
    lines: [
      crisis("MIELI Crisis Helpline", "crisisSupportAnyTime", "09 2525 0111", "https://mieli.fi"),
      abuse("Nollalinja", "freeAnyTimeCloseRelationship", "080 005 005", "https://www.nollalinja.fi"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "PT",
    emergency: "112",
    lines: [
      crisis("SNS 24", "theNationalHealthLineWith", "808 24 24 24", "https://www.sns24.gov.pt"),
      abuse("Linha de apoio a vítimas de violência doméstica", "freeAnyTime", "800 202 148", "https://www.cig.gov.pt"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "BR",
    emergency: { police: "190", ambulance: "192" },
    lines: [
      crisis("CVV — Centro de Valorização da Vida", "freeAnyTime", "188", "https://cvv.org.br"),
      abuse("Ligue 180 — Central de Atendimento à Mulher", "freeAnyTime", "180", "https://www.gov.br/mulheres"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "MX",
    emergency: "911",
    lines: [
      crisis("Línea de la Vida", "freeAnyTime", "800 911 2000", "https://www.gob.mx/salud/conadic"),
      abuse("Red Nacional de Refugios", "supportAndShelterForWomen", undefined, "https://rednacionalderefugios.org.mx"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "AR",
    emergency: "911",
    lines: [
      crisis("Centro de Asistencia al Suicida", "fromBuenosAiresCityAnd", "135", "https://www.asistenciaalsuicida.org.ar"),
      abuse("Línea 144", "freeAnyTimeForGender", "144", "https://www.argentina.gob.ar/generos/linea-144"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "IN",
    emergency: "112",
    lines: [
      crisis("Tele-MANAS", "freeNationalMentalHealthHelpline", "14416", "https://telemanas.mohfw.gov.in"),
      abuse("Women Helpline", "freeAnyTime", "181", "https://wcd.nic.in"),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "ZA",
    emergency: { police: "10111", mobile: "112" },
    lines: [
      crisis("SADAG Suicide Crisis Helpline", "freeAnyTime", "0800 567 567", "https://www.sadag.org"),
      abuse("GBV Command Centre", "freeAnyTimeForGender", "0800 428 428", undefined),
    ],
    lastReviewed: REVIEWED,
  },
  {
    code: "JP",
    emergency: { police: "110", ambulance: "119" },
    lines: [
      crisis("Yorisoi Hotline (よりそいホットライン)", "freeAnyTimeInSeveral", "0120-279-338", "https://www.since2011.net/yorisoi/"),
      abuse("DV Soudan+ (DV相談＋)", "freeAnyTimeByPhone", "0120-279-889", "https://soudanplus.jp"),
    ],
    lastReviewed: REVIEWED,
  },
];

/** For a country not listed (or not known): an international directory and the general advice. */
export const DEFAULT_LINES: CountryLines = {
  code: "other",
  emergency: { local: true },
  lines: [
    crisis("Find A Helpline", "freeConfidentialHelplinesInMore", undefined, "https://findahelpline.com"),
    { ...abuse("Domestic abuse services", "searchDomesticViolenceHelplineAnd", undefined, undefined), nameKey: "domesticAbuse" },
  ],
  lastReviewed: REVIEWED,
};

export function linesFor(code: string | null | undefined): CountryLines {
  return COUNTRIES.find((c) => c.code === code) ?? DEFAULT_LINES;
}
