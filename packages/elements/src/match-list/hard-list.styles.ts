import { css } from 'lit';

/**
 * The list of what a job asks besides skills (hard-list.ts) and a request's fits: a mark beside
 * the words, no bullet. The match list draws it, and the learning plan that shows the same list.
 */
export const hardListStyles = css`
  .request-fits {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.3em;
  }
`;
