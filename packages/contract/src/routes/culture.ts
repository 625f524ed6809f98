/** The learning culture scan (#24): the employer's scans and report, and the anonymous answers. */
import * as z from 'zod/mini';
import { CultureAnswersInput, CultureQuestions, CultureReport, CultureScan, CultureScanInput } from '../culture.js';
import { IdParams, TokenParams } from '../route-parts.js';
import { route } from '../route.js';

/** An employee's answers to all 28 statements (the body examples). */
const answersExample = {
  answers: [
    { itemId: 'law-1', answer: 4 },
    { itemId: 'law-2', answer: 4 },
    { itemId: 'law-3', answer: 3 },
    { itemId: 'law-4', answer: 2 },
    { itemId: 'fb-1', answer: 3 },
    { itemId: 'fb-2', answer: 4 },
    { itemId: 'fb-3', answer: 2 },
    { itemId: 'fb-4', answer: 3 },
    { itemId: 'lt-1', answer: 4 },
    { itemId: 'lt-2', answer: 4 },
    { itemId: 'lt-3', answer: 3 },
    { itemId: 'lt-4', answer: 2 },
    { itemId: 'sk-1', answer: 4 },
    { itemId: 'sk-2', answer: 5 },
    { itemId: 'sk-3', answer: 4 },
    { itemId: 'sk-4', answer: 3 },
    { itemId: 'au-1', answer: 3 },
    { itemId: 'au-2', answer: 4 },
    { itemId: 'au-3', answer: 4 },
    { itemId: 'au-4', answer: 2 },
    { itemId: 'ls-1', answer: 3 },
    { itemId: 'ls-2', answer: 2 },
    { itemId: 'ls-3', answer: 3 },
    { itemId: 'ls-4', answer: 4 },
    { itemId: 'on-1', answer: 3 },
    { itemId: 'on-2', answer: 2 },
    { itemId: 'on-3', answer: 4 },
    { itemId: 'on-4', answer: 3 },
  ],
};

export const createCultureScan = /*#__PURE__*/ route({
  id: 'createCultureScan',
  method: 'POST',
  path: '/v1/culture-scans',
  summary: 'Start a learning culture scan: share its link with your employees',
  tag: 'culture',
  access: ['employer'],
  body: CultureScanInput,
  bodyExample: { title: 'Installatiebedrijf Zonnig', sector: 'technology' },
  problems: { 404: 'repeatOf is not a scan of yours' },
  response: CultureScan,
  status: 201,
});

export const listCultureScans = /*#__PURE__*/ route({
  id: 'listCultureScans',
  method: 'GET',
  path: '/v1/culture-scans',
  summary: 'Your learning culture scans, newest first',
  tag: 'culture',
  access: ['employer'],
  response: z.object({ items: z.array(CultureScan) }),
});

export const getCultureReport = /*#__PURE__*/ route({
  id: 'getCultureReport',
  method: 'GET',
  path: '/v1/culture-scans/:id/report',
  summary: "A scan's report: only the number of answers until five employees answered",
  tag: 'culture',
  access: ['employer'],
  params: IdParams,
  problems: { 404: 'No scan of yours with this id' },
  response: CultureReport,
});

export const getCultureManagementQuestions = /*#__PURE__*/ route({
  id: 'getCultureManagementQuestions',
  method: 'GET',
  path: '/v1/culture-scans/:id/management',
  summary: 'The statements for the owner or management (what you intend)',
  tag: 'culture',
  access: ['employer'],
  params: IdParams,
  problems: { 404: 'No scan of yours with this id' },
  response: CultureQuestions,
});

export const putCultureManagementAnswers = /*#__PURE__*/ route({
  id: 'putCultureManagementAnswers',
  method: 'PUT',
  path: '/v1/culture-scans/:id/management',
  summary: "The owner's or management's answers (what you intend; replaces earlier ones)",
  tag: 'culture',
  access: ['employer'],
  params: IdParams,
  body: CultureAnswersInput,
  bodyExample: answersExample,
  problems: { 400: 'An answer names a statement that is not in the scan', 404: 'No scan of yours with this id' },
  response: CultureScan,
});

export const closeCultureScan = /*#__PURE__*/ route({
  id: 'closeCultureScan',
  method: 'POST',
  path: '/v1/culture-scans/:id/close',
  summary: 'Close a scan: it takes no more answers',
  tag: 'culture',
  access: ['employer'],
  params: IdParams,
  problems: { 404: 'No scan of yours with this id' },
  response: CultureScan,
});

export const getCultureQuestions = /*#__PURE__*/ route({
  id: 'getCultureQuestions',
  method: 'GET',
  path: '/v1/culture-scan/:token',
  summary: "A scan's statements for employees (anyone with the link; no account, no name)",
  tag: 'culture',
  access: ['public'],
  params: TokenParams,
  problems: { 404: 'No scan with this link' },
  response: CultureQuestions,
});

export const postCultureAnswers = /*#__PURE__*/ route({
  id: 'postCultureAnswers',
  method: 'POST',
  path: '/v1/culture-scan/:token/answers',
  summary: 'Answer a scan anonymously: nothing that tells who answered, or when, is kept',
  tag: 'culture',
  access: ['public'],
  params: TokenParams,
  body: CultureAnswersInput,
  bodyExample: answersExample,
  problems: {
    400: 'An answer names a statement that is not in the scan',
    404: 'No scan with this link',
    409: 'The scan is closed',
  },
  response: z.object({ stored: z.literal(true) }),
  status: 201,
});
