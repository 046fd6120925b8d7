import { describe, expect, it } from 'vitest';
import { createPriorTreatmentsExtractor } from '../../../src/extract/prior-treatments.ts';
import { runExtractor } from './run-extractor.ts';

const { asserted } = runExtractor(createPriorTreatmentsExtractor({}));

type Row = [string, number | null, string | null];

/** Asserted prior treatments of a text as [modality, count, qualifier]. */
function treatments(text: string): Row[] {
  return asserted(text).map((f) => {
    const v = f.value as { modality: string; count: number | null; countQualifier: string | null };
    return [v.modality, v.count, v.countQualifier];
  });
}
const modalities = (text: string) => treatments(text).map(([m]) => m);

describe('prior treatments: lists', () => {
  it('splits a treatment-to-date list into one entry per modality', () => {
    expect(modalities('Care to date has included a wrist splint, acupuncture, work restrictions and pain medications.'))
      .toEqual(['bracing_dme', 'acupuncture', 'activity_modification', 'medication']);
  });

  it('reads a treatment list opened after a request cue in the same clause as care received', () => {
    expect(modalities('On the date of the request for 8 chiropractic visits, there is documentation of treatment to date (medications, physical therapy and massage therapy).'))
      .toEqual(['medication', 'physical_therapy', 'massage']);
    expect(modalities('Additional physical therapy was requested; prior care is not described.')).toEqual([]);
  });

  it('takes list-only words ("medications", "follow up") only inside a treatment list', () => {
    expect(modalities('Treatments rendered included medications and follow up.')).toEqual(['medication', 'other']);
    expect(modalities('She brought her medications to the visit and will follow up.')).toEqual([]);
  });

  it('lets a generic word yield to a specific one in the same item', () => {
    expect(modalities('Treatment to date has included therapy.')).toEqual(['other']);
    expect(modalities('Treatment to date has included aquatic therapy.')).toEqual(['aquatic_therapy']);
  });
});

describe('prior treatments: counts', () => {
  it.each<[string, Row]>([
    ['He has had 10 previous acupuncture treatments.', ['acupuncture', 10, 'exact']],
    ['She completed PT x 7 last spring.', ['physical_therapy', 7, 'exact']],
    ['He attended nine sessions of physical therapy.', ['physical_therapy', 9, 'exact']],
    ['She had at least three (3) chiropractic visits.', ['chiropractic', 3, 'at_least']],
    ['He completed 3 of 8 acupuncture sessions.', ['acupuncture', 3, 'exact']],
    ['She received approximately 15 visits of chiropractic care.', ['chiropractic', 15, 'approx']],
    ['He had up to 10 physical therapy sessions.', ['physical_therapy', 10, 'at_most']],
    ['She has had three epidural steroid injections.', ['injection_epidural', 3, 'exact']],
    ['He had six or seven visits of massage.', ['massage', 7, 'approx']],
    ['She underwent lumbar surgery ×3.', ['surgery', 3, 'exact']],
  ])('%s', (text, row) => {
    expect(treatments(text)).toContainEqual(row);
  });

  it('gives no count for "several" or "multiple"', () => {
    expect(treatments('He has had several acupuncture sessions.')).toEqual([['acupuncture', null, null]]);
  });

  it('keeps one entry for a repeat without a new count, two for two counts', () => {
    expect(treatments('He had 6 sessions of physical therapy. Physical therapy helped. He later completed 4 more physical therapy sessions.'))
      .toEqual([['physical_therapy', 6, 'exact'], ['physical_therapy', 4, 'exact']]);
  });
});

describe('prior treatments: what is not received', () => {
  it('leaves out requested, planned and authorized treatment', () => {
    expect(modalities('The provider requested 8 sessions of acupuncture.')).toEqual([]);
    expect(modalities('Physical therapy twice a week was authorized by the claims administrator.')).toEqual([]);
    expect(modalities('The plan of care included a lumbar MRI.')).toEqual([]);
  });

  it('leaves out negated treatment', () => {
    expect(modalities('She has never had acupuncture.')).toEqual([]);
  });

  it('a statement of care given outweighs an earlier request word', () => {
    expect(modalities('Before the utilization review decision she had completed six chiropractic visits.')).toEqual(['chiropractic']);
  });
});

describe('prior treatments: section headers', () => {
  it('leaves out goals, planned interventions and recommendations under any header', () => {
    expect(modalities('LONG-TERM GOALS TO BE MET IN 6 WEEKS:\nShe will be independent with her home exercise program.')).toEqual([]);
    expect(modalities('INTERVENTIONS INCLUDE:\n1. Ultrasound, heat and traction.')).toEqual([]);
    expect(modalities('EVALUATION/RECOMMENDATION:\nHe should be treated with massage.')).toEqual([]);
  });

  it('keeps the procedure a note documents but not the steps of its narrative', () => {
    const note = 'PROCEDURE:\nRight knee arthroscopy.\nDESCRIPTION OF THE PROCEDURE:\nA padded splint was applied and final radiographs were taken after gentle massage.\n' +
      'INFORMED CONSENT:\nShe was told of reactions to the drugs used, including narcotics.';
    expect(modalities(note)).toEqual(['surgery']);
  });

  it('reads a procedure header only at its start, so an indication header tells history', () => {
    expect(modalities('INDICATION FOR PROCEDURE:\nAn MRI last spring showed a disc bulge.')).toEqual(['imaging']);
  });
});

describe('prior treatments: plan and request wording', () => {
  it.each([
    'The surgical intervention was not medically necessary.',
    'She was referred for aquatic therapy last week.',
    'The reviewer issued a non-certification of the cervical MRI.',
    'Massage sessions for the low back, #6 was the original request.',
    'Work restrictions were imposed.',
  ])('%s', (text) => {
    expect(modalities(text)).toEqual([]);
  });

  it('a received word only outweighs a plan cue inside its own clause', () => {
    expect(modalities('A denial was issued for massage as there was no prior benefit; for acupuncture as it was not indicated.')).toEqual([]);
  });
});

describe('prior treatments: received wording', () => {
  it.each<[string, string[]]>([
    ['Neck pain persists despite medications.', ['medication']],
    ['He used a wrist splint, home exercises and ibuprofen.', ['bracing_dme', 'home_exercise', 'medication']],
    ['He had been taking Norco for a month.', ['medication']],
    ['She has failed conservative medical therapy.', ['medication']],
    ['Her sprain was treated conservatively.', ['other']],
    ['She was admitted to inpatient rehab after the fall.', ['other']],
    ['The neurology consultation report of May 3 was reviewed.', ['consultation']],
    ['He is status post bilateral total hip replacements.', ['surgery']],
  ])('%s', (text, want) => {
    expect(modalities(text)).toEqual(want);
  });

  it('does not take activities, injuries or exam wording for treatments', () => {
    expect(modalities('Typing and fine finger manipulation worsen the wrist pain.')).toEqual([]);
    expect(modalities('The study suggested a traction injury of the plexus.')).toEqual([]);
  });

  it('ends a negation at a new clause that gives a treatment', () => {
    expect(modalities('The MRI was negative for a tear and she underwent a meniscectomy.')).toEqual(['imaging', 'surgery']);
    expect(modalities('He tried acupuncture without benefit and ultimately underwent a fusion.')).toEqual(['acupuncture', 'surgery']);
  });
});

describe('prior treatments: what a count counts', () => {
  it('counts consultations next to the doctor\'s name', () => {
    expect(treatments('She has been seen by Dr. Lee on four occasions.')).toEqual([['consultation', 4, 'exact']]);
  });

  it('gives equipment and drugs no session count', () => {
    expect(treatments('He walks with one crutch.')).toEqual([['bracing_dme', null, null]]);
  });
});

describe('prior treatments: PR-2 counts', () => {
  it('"completed 4 of 8 authorized visits" is 4 received visits', () => {
    expect(treatments('She has completed 4 of 8 authorized chiropractic visits.')).toEqual([['chiropractic', 4, 'exact']]);
    expect(treatments('He has completed six of twelve approved PT visits and does his HEP daily.'))
      .toEqual([['physical_therapy', 6, 'exact'], ['home_exercise', null, null]]);
  });

  it('counts with descriptors between the number and the modality', () => {
    expect(treatments('He attended 10 post-operative physical therapy sessions.')).toEqual([['physical_therapy', 10, 'exact']]);
    expect(treatments('He has had three cervical ESIs.')).toEqual([['injection_epidural', 3, 'exact']]);
    expect(treatments('She is status post two prior knee surgeries.')).toEqual([['surgery', 2, 'exact']]);
    expect(treatments('She had two right L5-S1 transforaminal epidural injections.')).toEqual([['injection_epidural', 2, 'exact']]);
  });

  it('reads "<modality>, 6 of 6 sessions attended" in a treatment list', () => {
    expect(treatments('TREATMENT TO DATE\n1. Acupuncture, 6 of 6 sessions attended\n2. Home exercise program'))
      .toEqual([['acupuncture', 6, 'exact'], ['home_exercise', null, null]]);
  });

  it('"another 4 visits" is a second course of the same modality', () => {
    expect(treatments('He had acupuncture x 6 last year and another 4 visits this spring.'))
      .toEqual([['acupuncture', 6, 'exact'], ['acupuncture', 4, 'exact']]);
    expect(treatments('He had acupuncture x 6 last year, and another 4 visits have been requested.')).toEqual([['acupuncture', 6, 'exact']]);
  });
});

describe('prior treatments: PR-2 care not received', () => {
  it.each([
    'PLAN Chiropractic 1 x per week x 6 weeks. Trigger point injections were discussed; she would like to think about it.',
    'FUTURE MEDICAL CARE: Access to NSAIDs and up to 8 physical therapy visits per year for flare-ups.',
    'She has not yet had physical therapy. The physician felt she would benefit from a course of physical therapy.',
    'P:\n1. Start HEP\n2. Return in 2 weeks',
    'PLAN Additional PT 2x4. Interferential unit rental for one month.',
  ])('%s', (text) => {
    expect(treatments(text)).toEqual([]);
  });

  it('does not take a drug dosed during a procedure as a medication treatment', () => {
    const text = 'PROCEDURE NOTE 03/03/2020 (for reference): Under fluoroscopy, 2 mL of 1% lidocaine was used for local anesthesia and 80 mg of Depo-Medrol was injected at L4-5.';
    expect(modalities(text)).not.toContain('medication');
    expect(modalities('Treatment to date has included Naprosyn.')).toEqual(['medication']);
  });

  it('does not read "therapy" referring back to a named modality as a new treatment', () => {
    expect(treatments('Treatment to date has included massage. He states that therapy has helped him.')).toEqual([['massage', null, null]]);
    expect(modalities('Past treatments included therapy.')).toEqual(['other']);
  });
});

describe('prior treatments: held-out PR-2 count phrasings', () => {
  it.each<[string, Row]>([
    ['She has attended hand therapy 9 times since March.', ['occupational_therapy', 9, 'exact']],
    ['He went to physical therapy six times last year.', ['physical_therapy', 6, 'exact']],
    ['He has done acupuncture 5x since the injury.', ['acupuncture', 5, 'exact']],
    ['He has had about a dozen PT visits.', ['physical_therapy', 12, 'approx']],
    ['She had roughly a dozen chiropractic treatments.', ['chiropractic', 12, 'approx']],
    ['She completed 3 sessions of pain psychology.', ['psychotherapy', 3, 'exact']],
    ['He attended four pain psychology visits.', ['psychotherapy', 4, 'exact']],
    ['This was the 3rd ESI overall.', ['injection_epidural', 3, 'exact']],
    ['It was her second lumbar ESI; the first was in May.', ['injection_epidural', 2, 'exact']],
    ['He has had 24+ PT visits to date.', ['physical_therapy', 24, 'at_least']],
    ['She has had 12+ sessions of acupuncture.', ['acupuncture', 12, 'at_least']],
    ['She had 2 rounds of PT totaling approx. 24 visits.', ['physical_therapy', 24, 'approx']],
    ['He completed two courses of chiropractic care for a total of 18 visits.', ['chiropractic', 18, 'exact']],
    ['He received 2 cortisone shots to the knees.', ['injection_joint', 2, 'exact']],
    ['She had three steroid injections into her right shoulder.', ['injection_joint', 3, 'exact']],
    ['She had PT twice in 2019.', ['physical_therapy', 2, 'exact']],
    ['She had physical therapy (12 visits) without benefit.', ['physical_therapy', 12, 'exact']],
    ['He had two courses of PT (total 20 visits).', ['physical_therapy', 20, 'exact']],
    ['He had 20-plus sessions of physical therapy.', ['physical_therapy', 20, 'at_least']],
    ['He has had over a dozen acupuncture sessions.', ['acupuncture', 12, 'at_least']],
  ])('%s', (text, row) => {
    expect(treatments(text)).toEqual([row]);
  });

  it('does not read a weekly frequency as a count', () => {
    expect(treatments('He had physical therapy 3 times a week.')).toEqual([['physical_therapy', null, null]]);
    expect(treatments('He had PT (2 visits per week) last year.')).toEqual([['physical_therapy', null, null]]);
  });
});

describe('prior treatments: held-out PR-2 false positives', () => {
  it.each([
    'Pt declined injections.',
    'Pt states the neck pain is worse.',
    'Pt reported that she fell at home.',
    'ORTHOPAEDIC SURGERY\nFollow-up visit for the right knee.',
    'SURGERY:\nNone.',
    'She was seen in the orthopedic surgery clinic last month.',
    'He was referred to hand surgery.',
    'NSAIDs avoided due to allergy.',
    'He reports intolerance to NSAIDs.',
    'She cannot tolerate anti-inflammatories due to gastritis.',
    'NSAIDs were not tolerated.',
    'He is allergic to NSAIDs.',
    'She was unable to take NSAIDs because of her ulcer.',
  ])('%s', (text) => {
    expect(modalities(text)).toEqual([]);
  });

  it('still takes surgery received and a drug that was tolerated', () => {
    expect(modalities('He had orthopedic surgery on his knee in 2019.')).toEqual(['surgery']);
    expect(modalities('SURGERY: Right knee arthroscopy in 2019.')).toEqual(['surgery']);
    expect(modalities('She had hand surgery.')).toEqual(['surgery']);
    expect(modalities('Pt has completed PT x 12.')).toEqual(['physical_therapy']);
    expect(modalities('Treatment to date has included NSAIDs and acupuncture.')).toEqual(['medication', 'acupuncture']);
    expect(modalities('Treatment to date has included Celebrex, which he could not tolerate; and acupuncture.')).toEqual(['acupuncture']);
  });
});

describe('prior treatments: held-out PR-2 misses', () => {
  it.each<[string, string]>([
    ['He wears an elbow pad at work.', 'bracing_dme'],
    ['She uses knee pads when kneeling.', 'bracing_dme'],
    ['Treatment has included a CPM machine after the surgery.', 'bracing_dme'],
    ['X-rays of the right knee were obtained at the first visit.', 'imaging'],
    ['XR of the lumbar spine showed degenerative change.', 'imaging'],
    ['She underwent RF neurotomy at L4-5 last year.', 'radiofrequency_ablation'],
    ['He had bilateral L3-5 radiofrequency rhizotomies in 2018.', 'radiofrequency_ablation'],
    ['He had a rhizotomy in 2018.', 'radiofrequency_ablation'],
    ['His last MRI was 2019.', 'imaging'],
    ['A repeat MRI of the lumbar spine is requested; his last MRI was in 2019.', 'imaging'],
    ['Request: lumbar MRI. The most recent MRI was done in 2017.', 'imaging'],
  ])('%s', (text, modality) => {
    expect(modalities(text)).toContain(modality);
  });
});

describe('prior treatments: a joint named near a steroid injection', () => {
  it.each<[string, Row]>([
    ['He has had one injection of cortisone for the left knee, which helped.', ['injection_joint', 1, 'exact']],
    ['Right knee: cortisone injection x2 with relief.', ['injection_joint', 2, 'exact']],
    ['She had a steroid shot in the left knee.', ['injection_joint', null, null]],
  ])('%s', (text, row) => {
    expect(treatments(text)).toEqual([row]);
  });

  it('keeps a steroid injection elsewhere, or one whose clause ends before the joint, as injection_other', () => {
    expect(modalities('He had a cortisone injection in the lumbar spine.')).toEqual(['injection_other']);
    expect(modalities('He had two steroid injections; the knee still hurts.')).toEqual(['injection_other']);
  });
});

describe('prior treatments: template and shorthand counts', () => {
  it.each<[string, Row]>([
    ['HISTORY: Chiropractic (# visits: 14), home exercise.', ['chiropractic', 14, 'exact']],
    ['Prior care: acupuncture (# of sessions: 9).', ['acupuncture', 9, 'exact']],
    ['Past care includes massage >10 sessions.', ['massage', 10, 'at_least']],
    ['Treatment history: PT ~20 visits.', ['physical_therapy', 20, 'approx']],
    ['She has had acupuncture off and on since 2015, about 30 sessions.', ['acupuncture', 30, 'approx']],
    ['She had a steroid injection into the left de Quervain compartment x2.', ['injection_other', 2, 'exact']],
    ['Treatment to date: chiropractic: 8 visits.', ['chiropractic', 8, 'exact']],
  ])('%s', (text, row) => {
    expect(treatments(text)).toContainEqual(row);
  });

  it('reads a bare number after each item of a treatment history', () => {
    expect(treatments('Treatment history: massage 5, chiropractic 11.'))
      .toEqual([['massage', 5, 'exact'], ['chiropractic', 11, 'exact']]);
  });

  it('gives a joint injection from a template line its joint and count', () => {
    expect(treatments('Prior care: Injections (# 3 - L knee intra-articular)')).toEqual([['injection_joint', 3, 'exact']]);
  });

  it('does not read a weekly rate in shorthand, or a block label "#1", as a count', () => {
    expect(treatments('She has had acupuncture 2 x week since May.')).toEqual([['acupuncture', null, null]]);
    expect(treatments('He has been to chiropractic 1x wk.')).toEqual([['chiropractic', null, null]]);
    expect(treatments('He underwent a medial branch block #1 at L3-4 with good relief.')).toEqual([['injection_facet', null, null]]);
  });

  it('does not give a count across a new clause to the treatment before it', () => {
    expect(treatments('After the fusion surgery he has completed a total of 20 aquatic therapy visits.'))
      .toEqual([['surgery', null, null], ['aquatic_therapy', 20, 'exact']]);
    expect(treatments('He had acupuncture and chiropractic care, 10 visits.')).toContainEqual(['acupuncture', null, null]);
  });
});

describe('prior treatments: named but not received', () => {
  it.each([
    'He was offered a trigger point injection but declined.',
    'She refused Euflexxa.',
    'Lumbar ESI: refused.',
    'Acupuncture: [ ] Chiropractic: [ ]',
    'Massage: none',
    'INJECTIONS IN THE PAST:, No cortisone injection.',
    'ACUPUNCTURE TO DATE:\nNone.',
    'Massage therapy in the past:, no.',
    'He sat on the exam table and rested on his cane.',
    'per pt, the knee is more swollen.',
    'Short-term goal: independent with aquatic therapy exercises.',
    'MEDICATIONS:\nShe has tried meloxicam before.',
  ])('%s', (text) => {
    expect(modalities(text)).toEqual([]);
  });

  it('still takes a walking aid or brace in a treatment list, and therapy written "PT"', () => {
    expect(modalities('Treatment to date: walker, PT and acupuncture.')).toEqual(['bracing_dme', 'physical_therapy', 'acupuncture']);
    expect(modalities('She was given a wrist brace.')).toEqual(['bracing_dme']);
  });
});

describe('prior treatments: template checkboxes', () => {
  it('takes a checked item and leaves out an empty one, wherever the boxes stand', () => {
    expect(modalities('Prior care: [x] Acupuncture [ ] Massage')).toEqual(['acupuncture']);
    expect(modalities('Prior care: Acupuncture [ ], Massage [x]')).toEqual(['massage']);
  });
});

describe('prior treatments: drugs taken now are medications', () => {
  it('leaves a currently taken drug to the medication list but keeps a drug in a treatment list', () => {
    expect(modalities('He finished acupuncture and is currently taking meloxicam.')).toEqual(['acupuncture']);
    expect(modalities('Status post chiropractic care, remains on tramadol.')).toEqual(['chiropractic']);
    expect(modalities('Treatment to date has included meloxicam and acupuncture.').sort()).toEqual(['acupuncture', 'medication']);
  });
});

describe('prior treatments: round 3 PR-2 phenomena', () => {
  it('reads a numeric ordinal visit as the count so far', () => {
    expect(treatments('Today is her 8th chiropractic visit.')).toEqual([['chiropractic', 8, 'exact']]);
    expect(treatments('This is the 12th session of physical therapy.')).toEqual([['physical_therapy', 12, 'exact']]);
  });

  it('reads a timed treatment log and spinal adjustments', () => {
    expect(modalities('TREATMENT TODAY: EMS 15 min, moist hot pack 10 min, spinal adjustment.'))
      .toEqual(['electrical_stimulation', 'heat_cold', 'chiropractic']);
    expect(modalities('EMS arrived at the scene and took him to the hospital.')).not.toContain('electrical_stimulation');
  });

  it('takes "meds" in a treatment-to-date list as medication', () => {
    expect(modalities('Treatment to date: PT, meds, chiropractic.')).toEqual(['physical_therapy', 'medication', 'chiropractic']);
  });

  it('counts a consultation outside a list when it took place', () => {
    expect(modalities('A hand surgery consultation was completed in May.')).toEqual(['consultation']);
    expect(modalities('He had an orthopedic consultation in May.')).toEqual(['consultation']);
  });
});

describe('prior treatments: care given at this visit', () => {
  it('counts an item dispensed or administered today even in the plan', () => {
    // "Continue home exercises": the worker keeps up a program already received (round 4).
    expect(modalities('PLAN: Counterforce strap dispensed today. Continue home exercises.')).toEqual(['bracing_dme', 'home_exercise']);
    expect(modalities('PLAN: Naproxen 500 was dispensed in the office.')).toEqual(['medication']);
    expect(modalities('PLAN: A hinged knee brace will be ordered.')).toEqual([]);
  });
});

describe('prior treatments: a visit number in a one-therapy note', () => {
  it('counts the therapy the note last named', () => {
    expect(treatments('ACUPUNCTURE NOTE\nTreatment #5 of 8 authorized completed today. Tolerated well.')).toEqual([['acupuncture', 5, 'exact']]);
    expect(treatments('Chiropractic note. Visit #3. Patient tolerated treatment well.')).toEqual([['chiropractic', 3, 'exact']]);
  });

  it('counts nothing when no therapy was named', () => {
    expect(treatments('Visit #3. Patient reports less pain.')).toEqual([]);
  });
});

describe('prior treatments: a form list ends at the next labelled field', () => {
  it('leaves a work-status field after the treatment list out', () => {
    expect(modalities('Treatment to date:\nPhysical therapy x 12\nWork: modified duty, no lifting')).toEqual(['physical_therapy']);
    expect(modalities('TREATMENT TO DATE: PT x 8, TENS. Work status: light duty.')).toEqual(['physical_therapy', 'tens']);
  });

  it('keeps labels that name a treatment', () => {
    expect(modalities('TREATMENT TO DATE:\nModified duty\nPT: 12 visits\nAcupuncture: 6 visits'))
      .toEqual(['activity_modification', 'physical_therapy', 'acupuncture']);
  });
});

describe('prior treatments: round 4 PR-2 phenomena', () => {
  it('counts a home program the worker keeps up as received, even in a plan, without the plan\'s count', () => {
    expect(modalities('PLAN: Continue HEP. Return in 4 weeks.')).toEqual(['home_exercise']);
    expect(modalities('ASSESSMENT/PLAN: He is doing his home exercises every morning.')).toEqual(['home_exercise']);
    expect(treatments('PLAN: Continue chiropractic care x 6 visits.')).toEqual([['chiropractic', null, null]]);
    expect(modalities('PLAN: Start a home exercise program. Begin acupuncture.')).toEqual([]);
  });

  it('reads EMS as electrical stimulation among named treatments, not the ambulance crew', () => {
    expect(modalities('Treatment: spinal adjustments, EMS, moist heat and massage.'))
      .toEqual(['chiropractic', 'electrical_stimulation', 'heat_cold', 'massage']);
    expect(modalities('Care to date includes chiropractic care and EMS.')).toEqual(['chiropractic', 'electrical_stimulation']);
    expect(modalities('EMS was called, and he was taken for x-rays.')).toEqual(['imaging']);
  });

  it('does not read a treatment\'s duration as its count', () => {
    expect(treatments('Visit today: EMS x 12 min, hot pack.')).toEqual([['electrical_stimulation', null, null], ['heat_cold', null, null]]);
  });

  it('reads a prescribed diet in a treatment list as other', () => {
    expect(modalities('Jaw care to date has included a night guard, a soft diet and ibuprofen.')).toEqual(['bracing_dme', 'other', 'medication']);
    expect(modalities('Treatment: occlusal splint, liquid diet, ice.')).toEqual(['bracing_dme', 'other', 'heat_cold']);
    expect(modalities('She prefers a soft diet.')).toEqual([]);
  });

  it('lets a generic "therapy" refer back to the specific therapy its sentence names', () => {
    expect(modalities('Treatment to date has included aquatic therapy, and the therapy was helpful.')).toEqual(['aquatic_therapy']);
    expect(modalities('Treatment to date has included acupuncture and therapy.')).toEqual(['acupuncture', 'other']);
  });

  it.each<[string, Row]>([
    ['She has received Botox 200 units on three occasions.', ['injection_other', 3, 'exact']],
    ['He had Toradol injections 60 mg twice last month.', ['injection_other', 2, 'exact']],
  ])('counts occasions after a dose, not the dose: %s', (text, row) => {
    expect(treatments(text)).toEqual([row]);
  });
});

describe('prior treatments: round 2 modalities', () => {
  it('reads a spine fusion abbreviation in a history as surgery', () => {
    expect(modalities('Past surgical history: C6-7 ACDF 2018.')).toEqual(['surgery']);
  });

  it('reads "RFA" as an ablation only beside a region or spinal level, never the request form', () => {
    expect(treatments('Treatment to date: RFA L4-5 x1.').map(([m, c]) => [m, c])).toEqual([['radiofrequency_ablation', 1]]);
    expect(modalities('Prior care: Cervical RFA on the right.')).toEqual(['radiofrequency_ablation']);
    expect(modalities('The RFA dated 01/02/2024 requests PT.')).toEqual([]);
  });
});

describe('prior treatments: round 2 counts', () => {
  const counted = (text: string) => treatments(text).map(([m, c]) => [m, c]);
  it.each([
    ['Treatment to date: PT a dozen visits, chiropractic.', [['physical_therapy', 12], ['chiropractic', null]]],
    ['Prior care: Lumbar RFA L3-S1 bilat x2.', [['radiofrequency_ablation', 2]]],
    ['She tried biofeedback but stopped after 3 sessions.', [['other', 3]]],
    ['He had two sets of diagnostic medial branch blocks.', [['injection_facet', 2]]],
    ['He had one cortisone injection to the R knee.', [['injection_joint', 1]]],
  ])('%s', (text, expected) => {
    expect(counted(text)).toEqual(expected);
  });

  it('does not read a vague amount or a series label as a count', () => {
    expect(counted('Prior care: PT a few visits.')).toEqual([['physical_therapy', null]]);
    expect(counted('MBB #1 L4-5 bilat.')).toEqual([['injection_facet', null]]);
  });

  it('reads manipulation under anaesthesia as an operation, not chiropractic', () => {
    expect(modalities('She underwent manipulation under anesthesia of the L knee in 2019.')).toEqual(['surgery']);
    expect(modalities('Knee MUA 2020.')).toEqual(['surgery']);
    expect(modalities('He has had spinal manipulation with a chiropractor.')).toEqual(['chiropractic']);
  });
});

describe('prior treatments: round-3 counts and modalities', () => {
  it.each([
    ['She tried dry needling and acupuncture, which she stopped after 5 sessions.', ['acupuncture', 5, 'exact']],
    ['He had PT x approx. 14 visits.', ['physical_therapy', 14, 'approx']],
    ['1 cortisone inj L heel for plantar fasciitis.', ['injection_other', 1, 'exact']],
    ['Mirror therapy at home twice daily.', ['home_exercise', null, null]],
    ['He has been icing the shoulder.', ['heat_cold', null, null]],
  ])('%s', (text, row) => {
    expect(treatments(text)).toContainEqual(row);
  });
});

describe('prior treatments: vestibular therapy and psychiatric visits', () => {
  it('counts vestibular therapy as physical therapy and psychiatric med management as a consultation', () => {
    expect(treatments('She completed 6 sessions of vestibular rehab.')).toEqual([['physical_therapy', 6, 'exact']]);
    expect(modalities('He has had psychiatric medication management since spring.')).toEqual(['consultation']);
    // Hard negative: bedding is no equipment.
    expect(modalities('She sleeps on two pillows.')).toEqual([]);
  });
});

describe('prior treatments: kept-up lists in a plan and counts across commas', () => {
  it('reads every item continued in a plan, not only the first', () => {
    expect(modalities('PLAN: Continue home TENS unit and HEP. Follow up in 4 weeks.')).toEqual(['tens', 'home_exercise']);
    // A comma list after "continue" mixes kept-up and new care: only the first item is kept up.
    expect(modalities('PLAN: Continue HEP, chiropractic care and acupuncture. Return in a month.')).toEqual(['home_exercise']);
  });

  it('does not read a newly planned item after a continued one as received', () => {
    expect(modalities('PLAN: Continue HEP and request acupuncture x6.')).toEqual(['home_exercise']);
  });

  it('gives sessions "of" a named treatment to that treatment, not to the surgery before the comma', () => {
    expect(treatments('Treatment to date has included lumbar fusion in 2021, more than 20 sessions of physical therapy afterwards, and medications.'))
      .toEqual([['surgery', null, null], ['physical_therapy', 20, 'at_least'], ['medication', null, null]]);
    expect(treatments('Treatment to date has included chiropractic, 10 sessions of treatment.')).toEqual([['chiropractic', 10, 'exact']]);
  });
});

describe('prior treatments: outcomes inside a list and epidural abbreviations', () => {
  it('does not let "without benefit" negate the items after it', () => {
    expect(treatments('Care so far: 8 chiropractic visits without lasting relief, TFESI x2, home exercises.'))
      .toEqual([['chiropractic', 8, 'exact'], ['injection_epidural', 2, 'exact'], ['home_exercise', null, null]]);
  });

  it('still negates a treatment that was done without', () => {
    expect(modalities('He has managed without physical therapy so far.')).toEqual([]);
  });

  it.each(['TFESI', 'ILESI', 'CESI'])('reads %s as an epidural injection', (abbr) => {
    expect(modalities(`She had one ${abbr} at L5-S1 last spring.`)).toEqual(['injection_epidural']);
  });
});

describe('prior treatments: a drug trial already taken', () => {
  it.each(['Prior trial of sertraline in 2024 was stopped for nausea.', 'A previous trial of pregabalin caused dizziness.', 'Failed trial of duloxetine.'])(
    'reads a past trial as medication received: %s', (text) => {
      expect(modalities(text)).toEqual(['medication']);
    });

  it('leaves a trial still to start to the plan', () => {
    expect(modalities('We will start a trial of pregabalin.')).toEqual([]);
  });
});

describe('prior treatments: quantity bounds negate nothing', () => {
  it('reads the treatment after "no more than N visits"', () => {
    expect(treatments('Last year she had no more than 6 chiropractic visits and one steroid injection to the shoulder.'))
      .toEqual([['chiropractic', 6, 'at_most'], ['injection_joint', 1, 'exact']]);
  });

  it('reads a cesarean section as surgery', () => {
    expect(treatments('Past surgical history: C-section x 2.')).toEqual([['surgery', 2, 'exact']]);
  });
});
