import type { Match } from '../text/matcher.ts';
import type { FibEntry } from './functional-improvement-backoff-topics.ts';

interface Span { start: number; end: number }

// What may stand between an agent and its cue: a strength, then adverbs ("Norco 10 mg really helps her").
const AGENT_LINK = /^\s*(?:\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?\s*(?:mg|mcg)?\s*)?,?\s*(?:(?:also|really|definitely|does|do|did|still|now|generally|usually|often|seems?\s+to|continues?\s+to)\s+)*$/iu;
const WITH_LEAD = /(?<![A-Za-z])(?:with|on|using|taking)\s+(?:(?:the|his|her|their|this|these|my)\s+)?$/iu;
const WITHOUT_LEAD = /(?<![A-Za-z])(?:without|w\/o|off(?:\s+of)?)\s+(?:(?:the|his|her|their|this|these|my)\s+)?$/iu;

/**
 * Whether an enabling cue of the back-off (`agent`: subject, with, without) has its drug or
 * treatment: the nearest agent (an `agent` entry or a drug) before it in its clause, as its subject
 * ("the Norco lets her cook"), in a with-phrase before the worker ("with Norco she can mow"), or in a
 * without-phrase ("without her meds she cannot dress"). A person who "helps her" is no agent.
 */
export function hasAgent(text: string, clauseStart: number, cue: Match<FibEntry>, agents: readonly Span[]): boolean {
  const ag = agents.filter((a) => a.end <= cue.start && a.start >= clauseStart).sort((a, b) => b.end - a.end)[0];
  if (!ag || !AGENT_LINK.test(text.slice(ag.end, cue.start))) return false;
  const lead = text.slice(clauseStart, ag.start);
  if (cue.entry.agent === 'with') return WITH_LEAD.test(lead);
  if (cue.entry.agent === 'without') return WITHOUT_LEAD.test(lead);
  return !WITH_LEAD.test(lead) && !WITHOUT_LEAD.test(lead);
}
