// Every word the app shows a person, in one folder, so a translation is one folder.
// Plain, short and kind; guidance, never diagnosis.
//
// Pages import the whole as a namespace (`import * as m from '$lib/messages'`) and read
// `m.walk.…`; the bundler then keeps only the modules a page reads, so Learn never loads
// the walk's words. Each Learn page's body is in learn-pages/<topic>.ts, not exported here:
// lib/learn.ts loads it for that page alone.

export * from './format';
export * from './common';
export { install, storageSpace } from './install';
export { contacts } from './contacts';
export { data } from './data';
export { today } from './today';
export { diary, day } from './diary';
export { plan } from './plan';
export { onboarding } from './onboarding';
export { condition } from './condition';
export { safety } from './safety';
export { walk } from './walk';
export { painScale } from './painScale';
export { cues } from './cues';
export { retest } from './retest';
export { progress } from './progress';
export { history } from './history';
export { learn } from './learn';
export { phase, sessionTarget } from './phase';
export { sixMinute } from './six-minute';
export { learnTitles } from './learn-topics';
export { learnSummaries } from './learn-summaries';
export { settings } from './settings';
export { signs } from './signs';
export { cautions } from './cautions';
export { call } from './call';
export { care } from './care';
export { careLevels } from './care-levels';
export { careBeforeStart } from './care-before-start';
export { careSigns } from './care-signs';
export { review } from './review';
export { counts } from './counts';
export { report } from './report';
export { figures } from './figures';
export { session } from './session';
export { records, testApart } from './records';
