/**
 * The batch engine's public API: routing many leads in one run as if one at a time in ascending internal id
 * (SPEC §4). Pure, like the rest of the engine; the bulk scripts' adapters import from here only.
 */
export type * from './types';
export { createBatchRouter, type BatchRouter } from './batchRouter';
export { settleMemberChange, withdrawnByMember, type MemberAtCommit } from './memberSettlement';
export { createOwnerPool, type OwnerPool } from './ownerPool';
export { repsNamedByPlan, repsNeedingOpenLeads } from './planReps';
export { realignLeads, type RealignedLead, type Realignment } from './realignment';
export { breakOwnerLoops, resolveRealignOwners, type LeadOwner, type OwnerLink } from './realignOwners';
