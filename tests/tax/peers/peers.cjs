// Ask other projects' tax-number validators about numbers, for tests/tax/test_peers.py.
//
// Reads JSON lines {"number": "...", "country": "DE"} on stdin (country: ISO
// 3166 alpha-2) and writes one JSON line per input line, in order:
// {"validator.isVAT": v, "validator.isTaxID": v, "jsvat.checkVAT": v}, each v
// true, false or "unsupported" (the peer knows no numbers of that country,
// or, for jsvat, the number does not start with the country's code, which
// jsvat requires).
// The first line written names the peers' installed versions:
// {"versions": {"validator": "...", "jsvat": "..."}}.
// One process for the whole corpus: node starts once.
"use strict";

const readline = require("node:readline");
const isTaxID = require("validator/lib/isTaxID").default;
const { vatMatchers } = require("validator/lib/isVAT");
const jsvat = require("jsvat");

// isVAT writes Greece as EL; every other country as its alpha-2 code.
const VAT_CODES = { GR: "EL" };

// isTaxID takes a locale, not a country: the one locale of each country
// (where validator has two, such as fr-BE and nl-BE, they are aliases).
const LOCALES = {
  AR: "es-AR", AT: "de-AT", BE: "fr-BE", BG: "bg-BG", BR: "pt-BR", CA: "en-CA",
  CY: "el-CY", CZ: "cs-CZ", DE: "de-DE", DK: "dk-DK", EE: "et-EE", ES: "es-ES",
  FI: "fi-FI", FR: "fr-FR", GB: "en-GB", GR: "el-GR", HR: "hr-HR", HU: "hu-HU",
  IE: "en-IE", IT: "it-IT", LT: "lt-LT", LU: "fr-LU", LV: "lv-LV", MT: "mt-MT",
  NL: "nl-NL", PL: "pl-PL", PT: "pt-PT", RO: "ro-RO", SE: "sv-SE", SI: "sl-SI",
  SK: "sk-SK", UA: "uk-UA", US: "en-US",
};

// jsvat's countries, by their alpha-2 code (the first of their codes).
const JSVAT = {};
for (const country of Object.values(jsvat)) {
  if (country && Array.isArray(country.codes)) JSVAT[country.codes[0]] = country;
}

function viaIsVAT(number, cc) {
  const code = VAT_CODES[cc] || cc;
  return code in vatMatchers ? vatMatchers[code](number) : "unsupported";
}

function viaIsTaxID(number, cc) {
  return cc in LOCALES ? isTaxID(number, LOCALES[cc]) : "unsupported";
}

function viaCheckVAT(number, cc) {
  if (!(cc in JSVAT)) return "unsupported";
  const result = jsvat.checkVAT(number, [JSVAT[cc]]);
  return result.isSupportedCountry ? result.isValid : "unsupported";
}

function versions() {
  return {
    validator: require("validator/package.json").version,
    jsvat: require("jsvat/package.json").version,
  };
}

const out = [JSON.stringify({ versions: versions() })];
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  const { number, country } = JSON.parse(line);
  out.push(JSON.stringify({
    "validator.isVAT": viaIsVAT(number, country),
    "validator.isTaxID": viaIsTaxID(number, country),
    "jsvat.checkVAT": viaCheckVAT(number, country),
  }));
});
lines.on("close", () => {
  process.stdout.write(out.join("\n") + "\n");
});
