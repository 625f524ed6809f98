/**
 * The signature check, a lazy part of the card: it loads while the skill texts load and runs
 * after the card's first paint (the badge says "checking" until then). The API's public keys are
 * fetched here too, once per API, so the card's first load carries neither.
 */
import { ApiError, checkSkillprintSignature, routes, type Client, type SignedSkillprint } from '@pfw/contract';

const publicKeys = new Map<string, ReturnType<typeof fetchKeys>>();
const fetchKeys = (client: Client) => client.request(routes.getJwks);

/** Whether the server's signature holds for exactly this skillprint; false when the keys cannot be fetched. */
export async function isGenuine(signed: SignedSkillprint, client: Client): Promise<boolean> {
  const base = client.baseUrl;
  if (!publicKeys.has(base)) publicKeys.set(base, fetchKeys(client));
  try {
    const jwks = await publicKeys.get(base)!;
    return (await checkSkillprintSignature(signed.skillprint, signed.signature, jwks.keys)).valid;
  } catch (error) {
    publicKeys.delete(base);
    if (!(error instanceof ApiError)) throw error;
    return false;
  }
}
