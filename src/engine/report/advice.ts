// One piece of advice: the rule's title, then what would have been better. Scenario authors often
// start `better` with the rule's own words ("Stay neutral: ask about his experience", "Blijf neutraal:
// …" under "Neutraal blijven"), and the title in front would then say it twice.
const words = (s: string) => s.toLowerCase().match(/[\p{L}]{5,}/gu) ?? [];

export function adviceLine(ruleTitle: string, better: string): string {
  const head = better.trim();
  const title = ruleTitle.trim().toLowerCase();
  if (title !== "" && head.toLowerCase().startsWith(title)) {
    const after = head.slice(title.length);
    // Only when the title is the whole first words, not the start of a longer word.
    if (after === "" || /^[\s,.:;!?–—-]/.test(after)) return head;
  }
  // A short lead-in before a colon that restates the title ("Blijf neutraal: …") is the title already.
  const lead = /^([^:]{1,40}):\s/u.exec(head)?.[1];
  if (lead && lead.split(/\s+/).length <= 4) {
    const titleWords = new Set(words(title));
    if (words(lead).some((w) => titleWords.has(w))) return head;
  }
  return `${ruleTitle}: ${head}`;
}
