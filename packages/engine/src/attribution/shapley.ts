import { addCredit, type Credit, type PathGroup } from './path-group.ts';

/**
 * The simplified Shapley value of Zhao et al. (2018), "Shapley Value Methods for
 * Attribution Modeling in Online Advertising", eq. 6: each converting customer's conversion
 * is shared equally among the distinct channels of their path, φ_c = Σ_{S ∋ c} r(S)/|S|,
 * r(S) being the conversions of customers whose channel set is S. It equals the Shapley
 * value of the game v(T) = Σ_{S ⊆ T} r(S) (a sum of unanimity games), without enumerating
 * the 2ⁿ coalitions; the test checks it against that enumeration.
 */
export function shapleyCredit(groups: readonly PathGroup[]): Credit {
  const credit: Credit = new Map();
  for (const group of groups) {
    if (group.conversions === 0 || group.path.length === 0) continue;
    const set = [...new Set(group.path)];
    for (const channel of set) addCredit(credit, channel, group, 1 / set.length);
  }
  return credit;
}
