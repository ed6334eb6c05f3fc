/**
 * Internal terms a customer may not know, with the plain wording a quick fix puts in their
 * place. `pattern` is a regular-expression source matched as a whole word; `plain` is absent when
 * no wording fits every sentence. `plural: true` also matches the term with a final "s" and then
 * adds "s" to the plain wording.
 */
export interface JargonTerm {
  readonly pattern: string;
  readonly plain?: string;
  readonly plural?: true;
}

/** Acronyms and codes, matched with their exact capitals. */
export const JARGON_ACRONYMS: readonly JargonTerm[] = [
  { pattern: "RMA", plain: "return authorization", plural: true },
  { pattern: "SKU", plain: "product code", plural: true },
  { pattern: "SLA", plain: "service agreement", plural: true },
  { pattern: "ETA", plain: "expected arrival time", plural: true },
  { pattern: "PII", plain: "personal information" },
  { pattern: "IAM", plain: "access" },
  { pattern: "ACL", plain: "access list", plural: true },
  { pattern: "DLP", plain: "data-loss prevention" },
  { pattern: "S3", plain: "cloud storage" },
  { pattern: "DNS" },
  { pattern: "ISP", plain: "internet provider", plural: true },
  { pattern: "MSA", plain: "contract", plural: true },
  { pattern: "SOC", plain: "security team" },
  { pattern: "SOP", plain: "procedure", plural: true },
  { pattern: "RCA", plain: "investigation", plural: true },
  { pattern: "TAT", plain: "turnaround time" },
  { pattern: "KYC", plain: "identity checks" },
  { pattern: "CRM", plain: "customer records" },
  { pattern: "SSO", plain: "single sign-on" },
  { pattern: "MFA", plain: "two-step verification" },
  { pattern: "CSAT", plain: "satisfaction survey" },
  { pattern: "QA", plain: "quality-control" },
  { pattern: "QC", plain: "quality-control" },
  { pattern: "IaC" },
  { pattern: "P[0-4]" },
];

/** Words and phrases, matched in any capitalisation. Longer forms come before the shorter ones they contain. */
export const JARGON_PHRASES: readonly JargonTerm[] = [
  { pattern: "(?:P|sev[- ]?)[0-4] (?:incident|issue|outage)", plain: "serious incident", plural: true },
  { pattern: "tier[- ]?(?:[1-4]|one|two|three) escalation", plain: "specialist review", plural: true },
  { pattern: "tier[- ]?(?:[1-4]|one|two|three) (?:support|team)", plain: "specialist team" },
  { pattern: "tier[- ]?(?:[1-4]|one|two|three)" },
  { pattern: "sev[- ]?[0-4]" },
  { pattern: "back[- ]?end(?: systems?)?", plain: "systems" },
  { pattern: "root[- ]caused", plain: "traced" },
  { pattern: "root[- ]cause analys[ie]s", plain: "investigation" },
  { pattern: "root[- ]cause", plain: "cause", plural: true },
  { pattern: "fail[- ]?over", plain: "backup system", plural: true },
  { pattern: "staging(?= (?:environment|server|site|copy|database|system|instance|cluster)s?\\b)", plain: "test" },
  { pattern: "cron(?: job)?", plain: "scheduled task", plural: true },
  { pattern: "prod(?= (?:(?!the |an? |our |your |their |its |this |that )[\\w-]+ )?(?:environment|server|database|db|table|data|system|cluster|instance|deploy(?:ment)?)s?\\b)", plain: "live" },
  { pattern: "provisioning", plain: "setting up" },
  { pattern: "provisioned", plain: "set up" },
  { pattern: "auth(?= (?:service|server|system|flow|token|errors?|failures?)\\b)", plain: "login" },
  { pattern: "config(?= (?:push|change|file|update|error)s?\\b)", plain: "configuration" },
  { pattern: "hot[- ]?fix", plain: "fix", plural: true },
  { pattern: "fulfil?l?ment (?:center|centre)", plain: "warehouse", plural: true },
  { pattern: "charge[- ]?back", plain: "payment dispute", plural: true },
  { pattern: "load[- ]?balanc(?:er|ing)", plain: "traffic server", plural: true },
  { pattern: "IP address(?:es)?" },
  { pattern: "database cluster", plain: "database", plural: true },
  { pattern: "meta[- ]?data", plain: "settings data" },
  { pattern: "incremental back[- ]?ups?", plain: "backups" },
  { pattern: "production traffic", plain: "live traffic" },
  { pattern: "upstream provider", plain: "internet provider", plural: true },
  { pattern: "re-?accommodat(?:e|ed|ing|ion)" },
  { pattern: "authori[sz]ation hold", plain: "temporary hold", plural: true },
];

/**
 * Acronyms most customers read without thinking: never flagged as unexplained. Two-letter
 * capitals are never flagged unless listed above (TV, ID, PC, AI, XL and sizes, game terms).
 */
export const EVERYDAY_ACRONYMS: ReadonlySet<string> = new Set(
  (
    "USA US UK EU UN UTC GMT BST EST EDT CST PST PDT CET CEST KST JST IST AEST AEDT NZST NZDT SGT HKT AM PM TV ID PIN FAQ OK CEO CFO CTO COO VP HR IT PDF SMS " +
    "ATM USD GBP EUR CAD AUD NHS GP DIY ASAP VAT PO SIM PC USB GPS DVD CD LED HD XL XXL XS SUV APR RSVP HQ PS NB URL " +
    "WIFI ZIP COVID VIP GDPR UPS DHL USPS DPD TNT MOT IRS HMRC DMV FBI IBAN BIC ISBN CCTV LLC LTD INC PLC AI TBC MP BBC " +
    "NYC ATM PPE NASA FYI DOB SSN CVV ISA IRA ICU MRI DVLA TSA FAA FDA FTC FCA BBB MPH KWH WWW HTML HTTP HTTPS JPEG MBA PHD " +
    "AAA PTO IKEA BMW IBM HSBC KFC NFL NBA FIFA CNN NPR EMI GST UPI LPA EMS"
  ).split(" "),
);
