/**
 * Sympathy about the customer's own misfortune ("sorry to hear that your father died") is kind,
 * but it is neither regret for the offense nor a statement of it. Shared by regret and acknowledge.
 */

/** Troubles of the customer's own life: illness, injury, bereavement, weather. */
const UNRELATED_TROUBLE = /\b(?:unwell|ill|illness|sick|sickness|hospital\w*|diagnos\w+|surgery|(?:broke|broken|fractured|sprained|injured|hurt|bruised)\s+(?:your|his|her|their|a|an)\s+(?:wrist|arm|leg|ankle|hip|back|knee|foot|hand|shoulder|neck|ribs?|collarbone|finger|toe|elbow|bone)|storms?|flood(?:s|ing)?|burst\s+pipes?|house\s+fire|fire\s+at\s+your|burglar(?:y|ies)|break-in|theft|(?:car|road|traffic)\s+accident|collision|hurricane|weather|wildfires?|earthquake|icy|on\s+the\s+ice|snow\w*|died|death|dying|passing|passed\s+(?:away|on)|bereave\w*|loss\s+of\s+your|your\s+loss|condolences|funeral|grief|grieving|mourning)\b/i;
/** A service failure, or the company itself, named in the same breath makes it about the offense after all. */
const SERVICE_FAILURE = /\b(?:delay\w*|late|wait\w*|error|mistake|charge\w*|wrong|mix-?up|cancel\w*|miss\w*|lost|left|fault\w*|defect\w*|slow|took|taken|our|we)\b/i;
/** A named place it happened ("injured at FitCore Eastgate") is the company's own premises; dates are not places. */
const AT_NAMED_PLACE = /\b(?:at|in|on)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|New\s+Year)\b)\p{Lu}/u;
/** Where the sympathy's object ends: "..., and we hope you are healing well" is a new thought. */
const CLAUSE_END = /[.;!?]|,\s*(?:and|but)\s/;

/** True when `rest` (the words after "sorry to hear", "sorry about", ...) is about an unrelated trouble. */
export function isUnrelatedSympathy(rest: string): boolean {
  const clause = sympathyClause(rest);
  return UNRELATED_TROUBLE.test(clause) && !SERVICE_FAILURE.test(clause) && !AT_NAMED_PLACE.test(clause);
}

/** The words `rest` opens with, up to the end of their clause. */
export function sympathyClause(rest: string): string {
  const end = rest.search(CLAUSE_END);
  return end < 0 ? rest : rest.slice(0, end);
}
