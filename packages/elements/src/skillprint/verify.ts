/**
 * The signature check, a lazy part of the card: it loads while the skill texts load and runs
 * after the card's first paint (the badge says "checking" until then).
 */
export { checkSkillprintSignature } from '@pfw/contract';
