/** A study's bare name in the text (lexicon role `name`), with the kind of study it names. */
export interface StudyName {
  kind: string;
  start: number;
  end: number;
}

/** An anchored lexicon pattern (role `joiner` or `qualifier`) and the id of its entry. */
export interface AnchoredPattern {
  id: string;
  re: RegExp;
}

/** A name read as a study done, and the entry that made it one. */
export interface NameReading {
  name: StudyName;
  ruleId: string;
}

/** The id of the joiner that joins two names, or null when the gap between them is no list's. */
function joinerOf(text: string, joiners: readonly AnchoredPattern[], hasStop: (s: string) => boolean) {
  return (a: StudyName, b: StudyName): string | null => {
    const gap = text.slice(a.end, b.start);
    if (hasStop(gap)) return null;
    return joiners.find((j) => j.re.test(gap))?.id ?? null;
  };
}

/**
 * The name a result statement is about: the last list of names inside its span. A statement's
 * pattern runs from a name to the first result word after it, so "an MRI was requested because the
 * radiographs showed a fracture" matched from the MRI; the result belongs to the radiographs, the
 * names nearest it, and an earlier name not listed with them is no study done. Null when the span
 * holds no name (a general "diagnostic imaging").
 */
export function statementOwner(text: string, names: readonly StudyName[], statement: { start: number; end: number },
  joiners: readonly AnchoredPattern[], hasStop: (s: string) => boolean): StudyName | null {
  const inside = names.filter((n) => n.start >= statement.start && n.start < statement.end);
  if (!inside.length) return null;
  const join = joinerOf(text, joiners, hasStop);
  let first = inside.length - 1;
  while (first > 0 && join(inside[first - 1]!, inside[first]!)) first--;
  return inside[first]!;
}

// How far before a name a qualifier is looked for: a few words ("negative hip and lumbar").
const QUALIFIER_REACH = 60;

/**
 * Names a qualifier just before them states done ("a prior cervical MRI", "negative hip and
 * lumbar x- ray", "she had x-rays"). The words between the qualifier and the name (group `words`,
 * else the whole match) must hold no stop word: "prior UR non-certified the MRI" reports a review,
 * not a study.
 */
export function qualifiedAsDone(text: string, names: readonly StudyName[], qualifiers: readonly AnchoredPattern[], hasStop: (s: string) => boolean): NameReading[] {
  const out: NameReading[] = [];
  for (const name of names) {
    const before = text.slice(Math.max(0, name.start - QUALIFIER_REACH), name.start);
    for (const q of qualifiers) {
      const m = q.re.exec(before);
      if (m && !hasStop(m.groups?.words ?? m[0])) {
        out.push({ name, ruleId: q.id });
        break;
      }
    }
  }
  return out;
}

/**
 * The other names of the list a study statement belongs to: the statement's own name (the first
 * name inside its span) and every name joined to it, forwards and backwards, through a gap that a
 * joiner matches whole and that holds no stop word ("x-rays of the knee and an MRI were obtained";
 * "an MRI and x-rays were taken"). A gap with a verb ends the list: "an MRI was requested and
 * x-rays were negative" lists nothing.
 */
export function listedWith(text: string, names: readonly StudyName[], statement: { start: number; end: number },
  joiners: readonly AnchoredPattern[], hasStop: (s: string) => boolean): NameReading[] {
  const at = names.findIndex((n) => n.start >= statement.start && n.start < statement.end);
  if (at < 0) return [];
  const join = joinerOf(text, joiners, hasStop);
  const out: NameReading[] = [];
  for (let i = at + 1; i < names.length; i++) {
    const id = join(names[i - 1]!, names[i]!);
    if (!id) break;
    out.push({ name: names[i]!, ruleId: id });
  }
  for (let i = at - 1; i >= 0; i--) {
    const id = join(names[i]!, names[i + 1]!);
    if (!id) break;
    out.push({ name: names[i]!, ruleId: id });
  }
  return out;
}
