/**
 * How fair the round robin is along the way, not only over a cycle: the largest distance between a member's
 * leads and its weighted share `n·w/Σw`, over every member after every lead, with the same members eligible
 * from equal turns. Measured on two uneven weight sets, on seeded random ones and on the sample account's
 * round-robin territories, each over two whole cycles (2·Σw leads).
 */
import { memberRecords, territoryRecords } from '../../../sample/territories';
import { createRandom } from '../../fixtures/random';
import { largestPrefixDeviation, replayRoundRobin } from '../../fixtures/roundRobinReplay';
import { formatTable, grouped, rounded } from '../format';
import type { Suite } from '../suite';

const RANDOM_SETS = 300;
const RANDOM_SEED = 15;
const MEMBERS = { min: 2, max: 12 };
const WEIGHTS = { min: 1, max: 100 };
const CYCLES = 2;
/** SPEC §3.4's promise: after every lead, every member strictly within one lead of its share. */
const BOUND = 1;

interface Group {
  name: string;
  weightSets: number[][];
}

export const fairness: Suite = {
  name: 'fairness',
  steps: () => 1,
  run({ progress }) {
    progress.begin('replaying round robin on uneven, random and sample weights');
    const groups: Group[] = [
      { name: 'weights 5, 1, 1, 1, 1, 1', weightSets: [[5, 1, 1, 1, 1, 1]] },
      { name: 'weights 100 and ten 1s', weightSets: [[100, ...Array.from({ length: 10 }, () => 1)]] },
      { name: `${RANDOM_SETS} random sets (seed ${RANDOM_SEED})`, weightSets: randomWeightSets() },
      { name: 'sample account territories', weightSets: sampleWeightSets() },
    ];
    const largest = groups.map((group) => Math.max(...group.weightSets.map(largestDeviation)));
    const worst = Math.max(...largest);
    return {
      json: {
        fairness: {
          fiveAndFiveOnes: rounded(largest[0]!, 3),
          hundredAndTenOnes: rounded(largest[1]!, 3),
          randomSets: { sets: RANDOM_SETS, seed: RANDOM_SEED, largest: rounded(largest[2]!, 3) },
          sampleTerritories: { territories: groups[3]!.weightSets.length, largest: rounded(largest[3]!, 3) },
        },
      },
      report: [
        'Fairness along the way: largest |leads − n·w/Σw| over every member after every lead, same members eligible',
        `from equal turns, ${CYCLES} cycles (${CYCLES}·Σw leads) per weight set; random sets have ${MEMBERS.min}–${MEMBERS.max} members weighted ${WEIGHTS.min}–${WEIGHTS.max}.`,
        ...formatTable(
          ['weight sets', 'sets', 'largest deviation (leads)'],
          groups.map((group, index) => [group.name, grouped(group.weightSets.length), grouped(largest[index]!, 3)]),
        ),
      ],
      targets: [
        {
          description: `round robin keeps every member strictly within ${BOUND} lead of its weighted share after every lead`,
          measured: `${grouped(worst, 3)} leads at most`,
          passed: worst < BOUND,
        },
      ],
    };
  },
};

function largestDeviation(weights: number[]): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return largestPrefixDeviation(weights, replayRoundRobin(weights, CYCLES * total));
}

function randomWeightSets(): number[][] {
  const random = createRandom(RANDOM_SEED);
  return Array.from({ length: RANDOM_SETS }, () =>
    Array.from({ length: random.int(MEMBERS.min, MEMBERS.max) }, () => random.int(WEIGHTS.min, WEIGHTS.max)),
  );
}

/** The weights of each active round-robin territory of the sample with two members or more, in member-id order. */
function sampleWeightSets(): number[][] {
  const members = memberRecords();
  return territoryRecords()
    .filter((territory) => territory.isinactive !== true && territory.custrecord_tlr_method === 'val_tlr_round_robin')
    .map((territory) =>
      members.filter((member) => member.custrecord_tlr_mem_territory === territory.id).map((member) => Number(member.custrecord_tlr_mem_weight)),
    )
    .filter((weights) => weights.length >= 2);
}
