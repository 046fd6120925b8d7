/** A criterion's source split into the guideline and the section within it. */
export interface GuidelineRef {
  guideline: string;
  section: string | null;
}

/**
 * Splits a rule pack's `source` ("MTUS Acupuncture Medical Treatment Guidelines 9792.24.1(c)(1);
 * 8 CCR 9792.20(e)") into guideline / section pairs: the section starts at the first dotted
 * section number, else after the first comma ("... 2016, Physical Medicine"); otherwise the
 * whole part names the guideline.
 */
export function splitSource(source: string): GuidelineRef[] {
  return source.split(';').map((s) => s.trim()).filter(Boolean).map((part) => {
    const numbered = /^(.*?)[\s,]+(\d+\.\d[^\s]*.*)$/.exec(part);
    if (numbered && numbered[1]) return { guideline: numbered[1], section: numbered[2] };
    const comma = part.indexOf(', ');
    if (comma > 0) return { guideline: part.slice(0, comma), section: part.slice(comma + 2) };
    return { guideline: part, section: null };
  });
}
