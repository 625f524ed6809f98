/**
 * The adaptive engine over the item bank, in the browser: choosing the next item never waits
 * for the network. The bank and the skills are fetched once per API base and page.
 */
import { routes, type Client, type ItemBank, type Skill } from '@pfw/contract';
import {
  AdaptiveEngine,
  indexItems,
  provisionalCorrelations,
  type AdaptiveConfig,
  type ItemIndex,
} from '@pfw/core/runtime';
import { isMeasuredSkill } from '@pfw/core/skill-kinds';

export interface Engine {
  adaptive: AdaptiveEngine;
  /** The bank's items by id, for scoring an answer into its category. */
  items: ItemIndex;
}

/** Per API base: the item bank and the skills. A failed fetch is forgotten, so a retry fetches again. */
const banks = new Map<string, Promise<[ItemBank, Skill[]]>>();

export async function loadEngine(client: Client, config: Partial<AdaptiveConfig>): Promise<Engine> {
  const base = client.baseUrl;
  let bank = banks.get(base);
  if (!bank) {
    bank = Promise.all([client.request(routes.getItemBank), client.request(routes.listSkills).then((r) => r.items)]);
    banks.set(base, bank);
  }
  let items: ItemBank, skills: Skill[];
  try {
    [items, skills] = await bank;
  } catch (error) {
    banks.delete(base);
    throw error;
  }
  const soft = skills.filter(isMeasuredSkill);
  return {
    items: indexItems(items.items),
    adaptive: new AdaptiveEngine(
      items.items,
      {
        skills: soft.map((s) => s.id),
        correlations: provisionalCorrelations(soft.map((s) => s.group)),
        ...config,
      },
      items.version,
    ),
  };
}
