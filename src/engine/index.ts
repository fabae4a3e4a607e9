/**
 * The routing engine's public API: definition (rows → validated, compiled plan) and decision (plan + lead →
 * decision with its trace). Scripts and tools import from here only.
 */
export type * from './types';
export { isPlanFormatError, isRoutingError, planFormatError, routingError, type RoutingError } from './errors';

export { compareIds } from './definition/compare';
export { compilePlan } from './definition/compilePlan';
export { isCountryCode } from './definition/countries';
export { checkTerritory, candidatePositions, matchingPositions, type TerritoryMatch } from './definition/match';
export { leadTerritory, packPlan, planForLead, shardCount, shardsForLead, utf8Bytes, wholePlan, type PackedPlan, type ReadShard } from './definition/planShards';
export {
  validateMemberReps,
  validateMemberRow,
  validateMemberRows,
  validateTerritoryRow,
  type TerritoryValidation,
} from './definition/validate';

export { isAway } from './decision/away';
export { isFreeMailDomain } from './decision/freeMailDomains';
export { companyKey, emailDomain, rankOwners, type RankedOwner } from './decision/owner';
export { pickMember, type Contender, type ContenderScore, type MemberPick } from './decision/pickMember';
export { comesBack, stateAfterTurn, type RivalAtCommit, type WinnerAtCommit } from './decision/commitTurn';
export { renderReason } from './decision/reason';
export { errorDecision, routeLead } from './decision/routeLead';
export { describeIneligibility, salesRepProblem } from './decision/salesRep';
export { decideLead, type AnswerFacts, type DecidedLead } from './decision/decideLead';
export { knownOwnerCandidates, knownRep, learn, NO_FACTS, ownerKey } from './decision/facts';
export { reassignLead, type ReassignInputs, type Reassignment } from './decision/reassign';
export { manualDecision } from './decision/manualChange';

export { calendarDay, instantAt, isTimeZone, wallTime, zoneOffset, type WallTime } from './time/zonedTime';
export { routingDay, type RoutingClock } from './time/routingDay';
export { dayInZone, zoneOffsets, type ZoneOffsets } from './time/zoneOffsets';
export { parseWorkingHours, responseTimeMissed, workingHoursProblems, workingMillisBetween, type WorkingHours, type WorkingHoursProblem } from './time/workingHours';

export type * from './health/types';
export { analyseHealth } from './health/analyseHealth';
export { leadGroupsOf } from './health/gaps';
export { LOOK_AHEAD_DAYS } from './health/staffing';
